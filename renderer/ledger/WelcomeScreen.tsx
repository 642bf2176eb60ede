import AppBar from '@mui/material/AppBar';
import Box from '@mui/material/Box';
import Container from '@mui/material/Container';
import LinearProgress from '@mui/material/LinearProgress';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Toolbar from '@mui/material/Toolbar';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import type { WorkspaceState } from '../../shared/contract/types';
import { callValue, useBridge } from '../api/bridge';
import { ErrorAlert } from '../components/ErrorAlert';
import { LanguageSwitch } from '../frame/LanguageSwitch';
import { CreateLedgerCard } from './CreateLedgerCard';
import { DemoCard } from './DemoCard';
import { OpenLedgerCard } from './OpenLedgerCard';
import { RecentLedgersList } from './RecentLedgersList';
import { useLedgerAction } from './useLedgerAction';

interface Props {
  workspace: WorkspaceState;
  /** Called once a ledger is open, so the app re-reads the workspace and shows the frame. */
  onLedgerOpened: () => void;
}

/** No ledger open: offer the demo (first of all on first launch), a new ledger, an existing one, the recent ones. */
export function WelcomeScreen({ workspace, onLedgerOpened }: Props) {
  const { t } = useTranslation();
  const bridge = useBridge();
  const action = useLedgerAction(onLedgerOpened);
  const withDialog = bridge.runtime === 'electron' && bridge.pickLedgerPath !== undefined;
  const busy = action.busy !== null;

  const openDemo = () => action.run('demo', () => callValue(bridge, 'ledger.openDemo', {}));
  const openPath = (path: string) => action.run('open', () => callValue(bridge, 'ledger.open', { path }));
  const open = (typedPath: string | null) =>
    action.run('open', async () => {
      const path = typedPath ?? (await bridge.pickLedgerPath?.('open')) ?? null;
      return path ? callValue(bridge, 'ledger.open', { path }) : null;
    });
  const create = (companyName: string, typedPath: string | null) =>
    action.run('create', async () => {
      const path = typedPath ?? (await bridge.pickLedgerPath?.('create')) ?? null;
      return path ? callValue(bridge, 'ledger.create', { path, companyName }) : null;
    });

  const demo = <DemoCard prominent={workspace.firstLaunch} disabled={busy} onOpen={openDemo} />;

  return (
    <Box sx={{ minHeight: '100vh', bgcolor: 'background.default' }}>
      <AppBar position="static">
        <Toolbar>
          <Typography variant="h6" component="div" sx={{ flexGrow: 1 }}>
            {t('app.name')}
          </Typography>
          <LanguageSwitch />
        </Toolbar>
      </AppBar>
      <Container component="main" maxWidth="md" sx={{ py: 4 }}>
        <Stack spacing={3}>
          <div>
            <Typography variant="h4" component="h1" gutterBottom>
              {t('welcome.title')}
            </Typography>
            <Typography color="text.secondary">{t('welcome.subtitle')}</Typography>
          </div>

          {busy && (
            <Paper role="status" aria-live="polite" data-testid="ledger-progress" sx={{ p: 2 }}>
              <Typography sx={{ mb: 1 }}>
                {action.busy === 'demo' ? t('welcome.demoProgress') : t('welcome.opening')}
              </Typography>
              <LinearProgress />
            </Paper>
          )}
          {action.error && <ErrorAlert error={action.error} onClose={action.clearError} />}

          {workspace.firstLaunch && demo}
          {!workspace.firstLaunch && <RecentLedgersList recent={workspace.recent} disabled={busy} onOpen={openPath} />}

          <Stack direction={{ xs: 'column', md: 'row' }} spacing={3}>
            <Box sx={{ flex: 1 }}>
              <CreateLedgerCard withDialog={withDialog} disabled={busy} onCreate={create} />
            </Box>
            <Box sx={{ flex: 1 }}>
              <OpenLedgerCard withDialog={withDialog} disabled={busy} onOpen={open} />
            </Box>
          </Stack>

          {!workspace.firstLaunch && demo}
        </Stack>
      </Container>
    </Box>
  );
}
