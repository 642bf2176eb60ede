import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { AppRoot } from './AppRoot';
import { getBridge } from './api/bridge';
import { createI18n } from './i18n/i18n';

// The bridge is made before the first render: in browser mode it takes the token out of the URL hash,
// which must happen before the router reads the hash.
const bridge = getBridge();
const i18n = createI18n();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <AppRoot bridge={bridge} i18n={i18n} />
  </StrictMode>,
);
