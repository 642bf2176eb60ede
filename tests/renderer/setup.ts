import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// Vitest runs without globals here, so Testing Library cannot register its own cleanup.
afterEach(() => {
  cleanup();
  localStorage.clear();
  sessionStorage.clear();
  window.history.replaceState(null, '', '/');
});

// The app honours the system's "reduce motion" setting by dropping MUI's transitions; the tests run with it,
// so a dialog opens and closes at once instead of waiting for its animation after every click.
(
  window as unknown as { happyDOM: { settings: { device: { prefersReducedMotion: string } } } }
).happyDOM.settings.device.prefersReducedMotion = 'reduce';

// The DataGrid's first render in happy-dom can take over a second on a busy machine: wait longer than the default.
configure({ asyncUtilTimeout: 5000 });
