import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// Vitest runs without globals here, so Testing Library cannot register its own cleanup.
afterEach(() => {
  cleanup();
  localStorage.clear();
  sessionStorage.clear();
  window.history.replaceState(null, '', '/');
});

// The DataGrid's first render in happy-dom can take over a second on a busy machine: wait longer than the default.
configure({ asyncUtilTimeout: 5000 });
