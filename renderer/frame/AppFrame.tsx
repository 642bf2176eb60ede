import LogoutOutlined from '@mui/icons-material/LogoutOutlined';
import AppBar from '@mui/material/AppBar';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Divider from '@mui/material/Divider';
import Toolbar from '@mui/material/Toolbar';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../shared/contract/errors';
import type { LedgerInfo } from '../../shared/contract/types';
import { callValue, toApiError, useBridge } from '../api/bridge';
import { ErrorAlert } from '../components/ErrorAlert';
import { NotifierProvider } from '../components/Notifier';
import { LanguageSwitch } from './LanguageSwitch';
import { NavDrawer } from './NavDrawer';
import { ScreenView } from './ScreenView';
import { useHashRoute } from './useHashRoute';

interface Props {
  ledger: LedgerInfo;
  onLedgerClosed: () => void;
}

/** An open ledger: app bar with the company, the left menu, and the selected screen. */
export function AppFrame({ ledger, onLedgerClosed }: Props) {
  const { t } = useTranslation();
  const bridge = useBridge();
  const [route, navigate] = useHashRoute();
  const [closing, setClosing] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);

  const closeLedger = async () => {
    setClosing(true);
    setError(null);
    try {
      await callValue(bridge, 'ledger.close', {});
      // The next ledger opens on its dashboard, not on whatever screen this one was left on.
      window.history.replaceState(null, '', window.location.pathname + window.location.search);
      onLedgerClosed();
    } catch (failure) {
      setError(toApiError(failure));
    } finally {
      setClosing(false);
    }
  };

  return (
    <NotifierProvider>
      <Box sx={{ display: 'flex', minHeight: '100vh' }}>
        <AppBar position="fixed" sx={{ zIndex: (theme) => theme.zIndex.drawer + 1 }}>
          <Toolbar sx={{ gap: 2 }}>
            <Typography variant="h6" component="div" sx={{ fontWeight: 700 }}>
              {t('app.name')}
            </Typography>
            <Divider orientation="vertical" flexItem sx={{ borderColor: 'rgba(255,255,255,0.3)', my: 1.5 }} />
            <Tooltip title={t('frame.ledgerFile', { path: ledger.path })}>
              <Typography
                component="div"
                noWrap
                data-testid="company-name"
                sx={{ flexGrow: 1, minWidth: 0, fontSize: '1rem' }}
              >
                {ledger.companyName}
              </Typography>
            </Tooltip>
            <LanguageSwitch />
            <Button
              color="inherit"
              startIcon={<LogoutOutlined />}
              onClick={closeLedger}
              disabled={closing}
              data-testid="close-ledger"
            >
              {closing ? t('frame.closing') : t('frame.closeLedger')}
            </Button>
          </Toolbar>
        </AppBar>
        <NavDrawer selected={route.screen} onSelect={(screen) => navigate({ screen })} />
        <Box component="main" sx={{ flexGrow: 1, minWidth: 0, p: 3, bgcolor: 'background.default' }}>
          <Toolbar />
          {error && <ErrorAlert error={error} onClose={() => setError(null)} sx={{ mb: 2 }} />}
          <ScreenView route={route} ledger={ledger} navigate={navigate} />
        </Box>
      </Box>
    </NotifierProvider>
  );
}
