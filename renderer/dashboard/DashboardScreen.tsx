import Box from '@mui/material/Box';
import Stack from '@mui/material/Stack';
import { useTranslation } from 'react-i18next';
import { useCall } from '../api/useCall';
import { CenteredProgress } from '../components/CenteredProgress';
import { ErrorAlert } from '../components/ErrorAlert';
import { ScreenHeader } from '../components/ScreenHeader';
import { formatDate } from '../format/format';
import { AgingChart } from './AgingChart';
import { ExposureFigures } from './ExposureFigures';
import { TopDebtorsTable } from './TopDebtorsTable';

/** Home screen: who owes us what and since when, as of the core's "today". */
export function DashboardScreen({ onOpenClient }: { onOpenClient: (clientId: number) => void }) {
  const { t } = useTranslation();
  const dashboard = useCall('reports.dashboard', {});
  const value = dashboard.value;

  return (
    <>
      <ScreenHeader
        title={t('dashboard.title')}
        subtitle={
          value && (
            <span data-testid="dashboard-today" data-today={value.today}>
              {t('dashboard.asOf', { date: formatDate(value.today) })} ·{' '}
              {t('dashboard.clientCount', { count: value.clientCount })}
            </span>
          )
        }
      />
      {dashboard.error && <ErrorAlert error={dashboard.error} onRetry={dashboard.reload} sx={{ mb: 2 }} />}
      {!value && !dashboard.error && <CenteredProgress />}
      {value && (
        <Stack spacing={3}>
          <ExposureFigures exposure={value.exposure} />
          <Box sx={{ display: 'grid', gap: 3, gridTemplateColumns: { xs: '1fr', xl: '5fr 6fr' }, alignItems: 'start' }}>
            <AgingChart aging={value.aging} />
            <TopDebtorsTable debtors={value.topDebtors} onOpenClient={onOpenClient} />
          </Box>
        </Stack>
      )}
    </>
  );
}
