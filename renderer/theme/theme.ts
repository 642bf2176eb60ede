import { createTheme, type Theme } from '@mui/material/styles';
import { enUS, frFR } from '@mui/material/locale';
import type { Language } from '../i18n/i18n';

/** The system's own UI font: nothing to download (the app is offline) and it looks native on each OS. */
export const FONT_STACK = 'system-ui, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif';

/** No animation at all: dialogs, menus and toasts appear and go at once. */
const NO_MOTION = {
  create: () => 'none',
  duration: {
    shortest: 0,
    shorter: 0,
    short: 0,
    standard: 0,
    complex: 0,
    enteringScreen: 0,
    leavingScreen: 0,
  },
};

/**
 * A sober business look: one deep blue, neutral greys, red kept for what is overdue. `reducedMotion` follows
 * the system's "reduce motion" setting (an accessibility choice; the component tests run with it too).
 */
export function createAppTheme(language: Language, { reducedMotion = false } = {}): Theme {
  return createTheme(
    {
      ...(reducedMotion && { transitions: NO_MOTION }),
      palette: {
        mode: 'light',
        primary: { main: '#1d4f91' },
        secondary: { main: '#00796b' },
        error: { main: '#c62828' },
        warning: { main: '#ed6c02' },
        background: { default: '#f4f6f9', paper: '#ffffff' },
        text: { primary: '#1c2430', secondary: '#5b6675' },
        divider: '#e1e5eb',
      },
      shape: { borderRadius: 8 },
      typography: {
        fontFamily: FONT_STACK,
        fontSize: 14,
        h4: { fontWeight: 600, fontSize: '1.6rem' },
        h5: { fontWeight: 600, fontSize: '1.3rem' },
        h6: { fontWeight: 600, fontSize: '1.05rem' },
        button: { textTransform: 'none', fontWeight: 600 },
      },
      components: {
        MuiAppBar: { defaultProps: { elevation: 0 } },
        MuiPaper: { defaultProps: { variant: 'outlined' } },
        MuiButton: { defaultProps: { disableElevation: true } },
        MuiTableCell: { styleOverrides: { head: { fontWeight: 600, color: '#5b6675' } } },
      },
    },
    language === 'fr' ? frFR : enUS,
  );
}
