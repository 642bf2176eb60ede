import Grid from '@mui/material/Grid';
import MenuItem from '@mui/material/MenuItem';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CallListRow } from '../../shared/contract/calls.types';
import { useCall } from '../api/useCall';
import { CenteredProgress } from '../components/CenteredProgress';
import { ErrorAlert } from '../components/ErrorAlert';
import { formatDate, formatMoney } from '../format/format';
import { useLanguage } from '../i18n/useLanguage';
import { CallListTable } from './CallListTable';
import { CallSheetPanel } from './CallSheetPanel';
import { PrintListButton } from './PrintListButton';

/** The client after `clientId` in the list as it was shown: where the user goes once a call is logged. */
function nextClient(rows: CallListRow[], clientId: number | null): number | null {
  const index = rows.findIndex((row) => row.clientId === clientId);
  return rows[index + 1]?.clientId ?? null;
}

/** "À appeler aujourd'hui": the ranked list on the left, the selected client's call sheet on the right. */
export function TodayTab({ onOpenClient }: { onOpenClient: (clientId: number) => void }) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const [collectorId, setCollectorId] = useState<number | null>(null);
  const [selectedId, setSelectedId] = useState<number | null>(null);
  const collectors = useCall('collectors.list', {});
  const list = useCall('calls.list', collectorId === null ? {} : { collectorId });
  const rows = list.value?.rows ?? [];
  const goNext = () => setSelectedId((current) => nextClient(rows, current));

  return (
    <>
      <Stack direction="row" spacing={2} sx={{ mb: 2, alignItems: 'center', flexWrap: 'wrap', rowGap: 1 }}>
        <TextField
          select
          size="small"
          label={t('calls.collectorFilter')}
          value={collectorId === null ? '' : String(collectorId)}
          onChange={(event) => {
            setCollectorId(event.target.value === '' ? null : Number(event.target.value));
            setSelectedId(null);
          }}
          sx={{ minWidth: 240 }}
          slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }}
          data-testid="collector-filter"
        >
          <MenuItem value="">{t('calls.allCollectors')}</MenuItem>
          {(collectors.value ?? []).map((collector) => (
            <MenuItem key={collector.id} value={String(collector.id)} data-testid="collector-option">
              {collector.name}
            </MenuItem>
          ))}
        </TextField>
        {list.value && (
          <Typography color="text.secondary" sx={{ flexGrow: 1 }} data-testid="call-summary">
            {t('calls.today', { date: formatDate(list.value.today) })} ·{' '}
            {t('calls.summary', {
              count: list.value.rows.length,
              amount: formatMoney(list.value.totalOverdueCents, language),
            })}
          </Typography>
        )}
        <PrintListButton collectorId={collectorId} />
      </Stack>
      {list.error && <ErrorAlert error={list.error} onRetry={list.reload} sx={{ mb: 2 }} />}
      {!list.value && !list.error && <CenteredProgress />}
      {list.value && (
        <Grid container spacing={2}>
          <Grid size={{ xs: 12, lg: selectedId === null ? 12 : 7 }}>
            <Paper variant="outlined">
              {rows.length === 0 ? (
                <Typography sx={{ p: 3 }} color="text.secondary">
                  {t('calls.empty')}
                </Typography>
              ) : (
                <CallListTable
                  rows={rows}
                  selectedId={selectedId}
                  onSelect={(row) => setSelectedId(row.clientId)}
                  compact={selectedId !== null}
                  onOpenClient={onOpenClient}
                />
              )}
            </Paper>
          </Grid>
          {selectedId !== null && (
            <Grid size={{ xs: 12, lg: 5 }}>
              <CallSheetPanel
                key={selectedId}
                clientId={selectedId}
                onNext={goNext}
                onLogged={() => {
                  goNext();
                  list.reload();
                }}
              />
            </Grid>
          )}
          {selectedId === null && rows.length > 0 && (
            <Grid size={12}>
              <Typography variant="body2" color="text.secondary">
                {t('calls.sheet.choose')}
              </Typography>
            </Grid>
          )}
        </Grid>
      )}
    </>
  );
}
