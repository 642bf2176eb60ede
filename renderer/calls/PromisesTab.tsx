import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import MenuItem from '@mui/material/MenuItem';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { promiseStatuses, type PromiseStatus, type PromiseToPay } from '../../shared/contract/calls.types';
import { callValue, useBridge } from '../api/bridge';
import { useCall } from '../api/useCall';
import { CenteredProgress } from '../components/CenteredProgress';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { ErrorAlert } from '../components/ErrorAlert';
import { useNotify } from '../components/Notifier';
import { numericCell } from '../components/table-styles';
import { formatDate, formatMoney } from '../format/format';
import { useLanguage } from '../i18n/useLanguage';
import { PromiseStatusChip } from './PromiseStatusChip';

/** Promises to pay by promised date, open ones first; an open one can be cancelled (its reminders resume). */
export function PromisesTab({ onOpenClient }: { onOpenClient: (clientId: number) => void }) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const bridge = useBridge();
  const notify = useNotify();
  const [status, setStatus] = useState<PromiseStatus>('open');
  const [cancelling, setCancelling] = useState<PromiseToPay | null>(null);
  const list = useCall('promises.list', { status });

  return (
    <>
      <Stack direction="row" spacing={2} sx={{ mb: 2, alignItems: 'center' }}>
        <TextField
          select
          size="small"
          label={t('calls.promises.status')}
          value={status}
          onChange={(event) => setStatus(event.target.value as PromiseStatus)}
          sx={{ minWidth: 200 }}
          data-testid="promise-status-filter"
        >
          {promiseStatuses.map((value) => (
            <MenuItem key={value} value={value}>
              {t(`calls.promises.statuses.${value}`)}
            </MenuItem>
          ))}
        </TextField>
        {list.value && (
          <Typography color="text.secondary" data-testid="promises-total">
            {t('calls.promises.total', { amount: formatMoney(list.value.totalCents, language) })}
          </Typography>
        )}
      </Stack>
      {list.error && <ErrorAlert error={list.error} onRetry={list.reload} sx={{ mb: 2 }} />}
      {!list.value && !list.error && <CenteredProgress />}
      {list.value && (
        <Paper variant="outlined">
          {list.value.promises.length === 0 ? (
            <Typography sx={{ p: 3 }} color="text.secondary">
              {t('calls.promises.empty')}
            </Typography>
          ) : (
            <TableContainer>
              <Table size="small" aria-label={t('calls.promises.tableLabel')} data-testid="promises-table">
                <TableHead>
                  <TableRow>
                    <TableCell>{t('calls.promises.columns.date')}</TableCell>
                    <TableCell>{t('calls.promises.columns.client')}</TableCell>
                    <TableCell align="right">{t('calls.promises.columns.amount')}</TableCell>
                    <TableCell align="right">{t('calls.promises.columns.paid')}</TableCell>
                    <TableCell>{t('calls.promises.columns.grace')}</TableCell>
                    <TableCell>{t('calls.promises.columns.invoices')}</TableCell>
                    <TableCell>{t('calls.promises.columns.status')}</TableCell>
                    <TableCell>{t('calls.promises.columns.actions')}</TableCell>
                  </TableRow>
                </TableHead>
                <TableBody>
                  {list.value.promises.map((promise) => (
                    <TableRow key={promise.id} data-testid="promise-row" data-client-id={promise.clientId}>
                      <TableCell sx={numericCell} data-field="date">
                        {formatDate(promise.promisedDate)}
                      </TableCell>
                      <TableCell>
                        <Link
                          component="button"
                          type="button"
                          underline="hover"
                          color="inherit"
                          onClick={() => onOpenClient(promise.clientId)}
                          sx={{ textAlign: 'left' }}
                        >
                          {promise.clientName}
                        </Link>
                      </TableCell>
                      <TableCell align="right" sx={numericCell} data-field="amount">
                        {formatMoney(promise.amountCents, language)}
                      </TableCell>
                      <TableCell align="right" sx={numericCell} data-field="paid">
                        {formatMoney(promise.paidCents, language)}
                      </TableCell>
                      <TableCell sx={numericCell}>{formatDate(promise.graceEndsOn)}</TableCell>
                      <TableCell data-field="invoices">
                        {promise.invoices.length === 0
                          ? t('calls.promises.wholeAccount')
                          : promise.invoices.map((invoice) => invoice.number).join(', ')}
                      </TableCell>
                      <TableCell>
                        <PromiseStatusChip status={promise.status} />
                      </TableCell>
                      <TableCell>
                        {promise.status === 'open' && (
                          <Button
                            size="small"
                            color="error"
                            onClick={() => setCancelling(promise)}
                            data-testid="promise-cancel"
                          >
                            {t('calls.promises.cancel')}
                          </Button>
                        )}
                      </TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </TableContainer>
          )}
        </Paper>
      )}
      {cancelling && (
        <ConfirmDialog
          title={t('calls.promises.cancelTitle', { name: cancelling.clientName })}
          message={t('calls.promises.cancelMessage', {
            amount: formatMoney(cancelling.amountCents, language),
            date: formatDate(cancelling.promisedDate),
          })}
          confirmLabel={t('calls.promises.cancel')}
          destructive
          onConfirm={async () => {
            await callValue(bridge, 'promises.cancel', { id: cancelling.id });
            notify(t('calls.promises.cancelled'));
            list.reload();
          }}
          onClose={() => setCancelling(null)}
        />
      )}
    </>
  );
}
