import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { addDays, isIsoDate, type IsoDate } from '../../shared/domain/dates';
import { useCall } from '../api/useCall';
import { CenteredProgress } from '../components/CenteredProgress';
import { ErrorAlert } from '../components/ErrorAlert';
import { numericCell } from '../components/table-styles';
import { formatMoney } from '../format/format';
import { useLanguage } from '../i18n/useLanguage';

function localToday(): IsoDate {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

const percent = (rate: number | null) => (rate === null ? '—' : `${Math.round(rate * 100)} %`);

/** Per collector over a period: calls, reached rate, promises obtained and kept, amount paid within 30 days. */
export function CollectorStatsTable() {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const [period, setPeriod] = useState(() => ({ from: addDays(localToday(), -30), to: localToday() }));
  const valid = isIsoDate(period.from) && isIsoDate(period.to) && period.from <= period.to;
  const stats = useCall('collectors.stats', valid ? period : { from: '2000-01-01', to: '2000-01-01' });

  return (
    <Paper variant="outlined" sx={{ p: 2 }}>
      <Stack direction="row" spacing={2} sx={{ mb: 2, alignItems: 'center', flexWrap: 'wrap', rowGap: 1 }}>
        <Typography variant="h6" component="h2" sx={{ flexGrow: 1 }}>
          {t('calls.collectors.stats')}
        </Typography>
        {(['from', 'to'] as const).map((bound) => (
          <TextField
            key={bound}
            type="date"
            size="small"
            label={t(`calls.collectors.${bound}`)}
            value={period[bound]}
            error={!valid}
            onChange={(event) => setPeriod((current) => ({ ...current, [bound]: event.target.value }))}
            slotProps={{ inputLabel: { shrink: true } }}
            data-testid={`stats-${bound}`}
          />
        ))}
      </Stack>
      {stats.error && <ErrorAlert error={stats.error} onRetry={stats.reload} />}
      {!stats.value && !stats.error && <CenteredProgress />}
      {stats.value && valid && (
        <Table size="small" data-testid="collector-stats">
          <TableHead>
            <TableRow>
              <TableCell>{t('calls.collectors.statsColumns.collector')}</TableCell>
              <TableCell align="right">{t('calls.collectors.statsColumns.calls')}</TableCell>
              <TableCell align="right">{t('calls.collectors.statsColumns.reachedRate')}</TableCell>
              <TableCell align="right">{t('calls.collectors.statsColumns.promises')}</TableCell>
              <TableCell align="right">{t('calls.collectors.statsColumns.keptRate')}</TableCell>
              <TableCell align="right">{t('calls.collectors.statsColumns.collected')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {stats.value.rows.map((row) => (
              <TableRow
                key={row.collectorId ?? 'nobody'}
                data-testid="stats-row"
                data-collector-id={row.collectorId ?? ''}
              >
                <TableCell>{row.collectorId === null ? t('calls.collectors.nobody') : row.collectorName}</TableCell>
                <TableCell align="right" sx={numericCell} data-field="calls">
                  {row.calls}
                </TableCell>
                <TableCell align="right" sx={numericCell} data-field="reachedRate">
                  {percent(row.reachedRate)}
                </TableCell>
                <TableCell align="right" sx={numericCell} data-field="promises">
                  {row.promises}
                </TableCell>
                <TableCell align="right" sx={numericCell} data-field="keptRate">
                  {percent(row.promisesKeptRate)}
                </TableCell>
                <TableCell align="right" sx={numericCell} data-field="collected">
                  {formatMoney(row.collectedCents, language)}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </Paper>
  );
}
