import CssBaseline from '@mui/material/CssBaseline';
import { ThemeProvider } from '@mui/material/styles';
import useMediaQuery from '@mui/material/useMediaQuery';
import type { i18n } from 'i18next';
import { useMemo } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import type { Bridge } from '../shared/contract/bridge';
import { App } from './App';
import { BridgeContext } from './api/bridge';
import { currentLanguage } from './i18n/i18n';
import { createAppTheme } from './theme/theme';

/** The theme follows the language so MUI's own texts (pagination, close buttons) are translated too. */
function ThemedApp() {
  const { i18n: instance } = useTranslation();
  const language = currentLanguage(instance);
  const reducedMotion = useMediaQuery('(prefers-reduced-motion: reduce)', { noSsr: true });
  const theme = useMemo(() => createAppTheme(language, { reducedMotion }), [language, reducedMotion]);
  return (
    <ThemeProvider theme={theme}>
      <CssBaseline />
      <App />
    </ThemeProvider>
  );
}

/** Everything the app needs from outside, passed in so tests can give a fake bridge and a fresh i18n. */
export function AppRoot({ bridge, i18n }: { bridge: Bridge; i18n: i18n }) {
  return (
    <BridgeContext.Provider value={bridge}>
      <I18nextProvider i18n={i18n}>
        <ThemedApp />
      </I18nextProvider>
    </BridgeContext.Provider>
  );
}
