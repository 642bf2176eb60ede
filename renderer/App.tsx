import Box from '@mui/material/Box';
import { useCall } from './api/useCall';
import { CenteredProgress } from './components/CenteredProgress';
import { ErrorAlert } from './components/ErrorAlert';
import { AppFrame } from './frame/AppFrame';
import { WelcomeScreen } from './ledger/WelcomeScreen';

/** Which ledger is open decides everything: none → the welcome screen, one → the app frame. */
export function App() {
  const state = useCall('ledger.state', {}, 'workspace');

  if (!state.value) {
    return state.error ? (
      <Box sx={{ p: 4 }}>
        <ErrorAlert error={state.error} onRetry={state.reload} />
      </Box>
    ) : (
      <CenteredProgress />
    );
  }
  const { current } = state.value;
  return current ? (
    // Keyed by file: another ledger opened from the menu starts a fresh frame, with no stale figures.
    <AppFrame key={current.path} ledger={current} onLedgerClosed={state.reload} />
  ) : (
    <WelcomeScreen workspace={state.value} onLedgerOpened={state.reload} />
  );
}
