import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormGroup from '@mui/material/FormGroup';
import FormLabel from '@mui/material/FormLabel';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { forwardRef, useImperativeHandle, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { callOutcomes, type CallOutcome, type CallSheet, type LoggedCall } from '../../shared/contract/calls.types';
import { callValue, useBridge } from '../api/bridge';
import { ErrorAlert } from '../components/ErrorAlert';
import { MoneyField } from '../components/MoneyField';
import { DISPUTE_REASONS } from '../disputes/dispute-form';
import { formatMoney } from '../format/format';
import { centsToInput } from '../format/money-input';
import { useForm } from '../forms/useForm';
import { useLanguage } from '../i18n/useLanguage';
import {
  CALL_LOG_ALIASES,
  callLogSchema,
  callLogValues,
  defaultPromiseInvoices,
  promiseAmountOf,
} from './call-log-form';
import { OUTCOME_KEYS, OUTCOMES_WITH_DETAILS } from './call-labels';

export interface CallLogFormHandle {
  /** What the sheet's single keys do: log at once, or open the outcome's fields. */
  choose: (outcome: CallOutcome) => void;
}

interface Props {
  sheet: CallSheet;
  onLogged: (logged: LoggedCall) => void;
}

/** One button per outcome; the promise, the dispute and the callback open their fields inline first. */
export const CallLogForm = forwardRef<CallLogFormHandle, Props>(function CallLogForm({ sheet, onLogged }, ref) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const bridge = useBridge();
  const form = useForm(callLogValues(sheet), { aliases: CALL_LOG_ALIASES });
  const [pending, setPending] = useState<CallOutcome | null>(null);
  const [invoiceIds, setInvoiceIds] = useState<number[]>(() => defaultPromiseInvoices(sheet));

  const log = async (outcome: CallOutcome) => {
    await form.submit(callLogSchema(sheet, outcome, invoiceIds), async (input) => {
      const logged = await callValue(bridge, 'calls.log', input);
      onLogged(logged);
    });
  };

  const choose = (outcome: CallOutcome) => {
    if (form.submitting) return;
    if (OUTCOMES_WITH_DETAILS.includes(outcome)) setPending(outcome);
    else void log(outcome);
  };
  useImperativeHandle(ref, () => ({ choose }));

  const toggleInvoice = (invoiceId: number) => {
    const next = invoiceIds.includes(invoiceId)
      ? invoiceIds.filter((i) => i !== invoiceId)
      : [...invoiceIds, invoiceId];
    setInvoiceIds(next);
    const amount = promiseAmountOf(sheet, next);
    if (amount > 0) form.set('promiseAmount', centsToInput(amount));
  };

  return (
    <Box
      component="form"
      noValidate
      data-testid="call-log-form"
      onSubmit={(event) => {
        event.preventDefault();
        if (pending) void log(pending);
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && pending) {
          event.stopPropagation();
          setPending(null);
        }
      }}
    >
      <Typography variant="subtitle1" component="h3" sx={{ fontWeight: 600, mb: 1 }}>
        {t('calls.log.title')}
      </Typography>
      {form.formError && <ErrorAlert error={form.formError} sx={{ mb: 1 }} />}
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={1} sx={{ mb: 1 }}>
        <TextField size="small" label={t('calls.log.phone')} {...form.text('phone')} sx={{ minWidth: 200 }} />
        <TextField
          size="small"
          type="date"
          label={pending === 'call_back' ? t('calls.log.callBackDate') : t('calls.log.nextActionDate')}
          required={pending === 'call_back'}
          autoFocus={pending === 'call_back'}
          {...form.text('nextActionDate')}
          slotProps={{ inputLabel: { shrink: true } }}
        />
      </Stack>
      <TextField size="small" fullWidth multiline minRows={1} label={t('calls.log.note')} {...form.text('note')} />
      <Box
        sx={{ display: 'flex', flexWrap: 'wrap', gap: 0.75, my: 1.5 }}
        role="group"
        aria-label={t('calls.log.title')}
      >
        {callOutcomes.map((outcome) => (
          <Button
            key={outcome}
            size="small"
            variant={pending === outcome ? 'contained' : 'outlined'}
            disabled={form.submitting}
            onClick={() => choose(outcome)}
            data-testid={`outcome-${outcome}`}
            aria-keyshortcuts={OUTCOME_KEYS[outcome]}
          >
            <Box component="kbd" sx={{ mr: 0.75, px: 0.5, border: 1, borderRadius: 0.5, fontSize: '0.75rem' }}>
              {OUTCOME_KEYS[outcome]}
            </Box>
            {t(`calls.outcomes.${outcome}`)}
          </Button>
        ))}
      </Box>
      {pending === 'promise' && (
        <Stack spacing={1.5} data-testid="promise-fields" sx={{ mb: 1 }}>
          <Stack direction={{ xs: 'column', sm: 'row' }} spacing={1}>
            <TextField
              size="small"
              type="date"
              label={t('calls.log.promiseDate')}
              required
              autoFocus
              {...form.text('promiseDate')}
              slotProps={{ inputLabel: { shrink: true } }}
            />
            <MoneyField size="small" label={t('calls.log.promiseAmount')} required {...form.text('promiseAmount')} />
          </Stack>
          {sheet.invoices.length > 0 && (
            <Box>
              <FormLabel component="legend">{t('calls.log.promiseInvoices')}</FormLabel>
              <FormGroup row>
                {sheet.invoices.map((invoice) => (
                  <FormControlLabel
                    key={invoice.invoiceId}
                    control={
                      <Checkbox
                        size="small"
                        checked={invoiceIds.includes(invoice.invoiceId)}
                        onChange={() => toggleInvoice(invoice.invoiceId)}
                      />
                    }
                    label={`${invoice.number} (${formatMoney(invoice.openCents, language)})`}
                    data-testid="promise-invoice"
                  />
                ))}
              </FormGroup>
            </Box>
          )}
        </Stack>
      )}
      {pending === 'dispute' && (
        <Stack direction={{ xs: 'column', sm: 'row' }} spacing={1} data-testid="dispute-fields" sx={{ mb: 1 }}>
          <TextField
            select
            size="small"
            label={t('calls.log.disputeInvoice')}
            required
            autoFocus
            {...form.text('disputeInvoice')}
            sx={{ minWidth: 220 }}
          >
            {sheet.invoices.map((invoice) => (
              <MenuItem key={invoice.invoiceId} value={String(invoice.invoiceId)}>
                {invoice.number}
              </MenuItem>
            ))}
          </TextField>
          <TextField
            select
            size="small"
            label={t('calls.log.disputeReason')}
            {...form.text('disputeReason')}
            sx={{ minWidth: 180 }}
          >
            {DISPUTE_REASONS.map((reason) => (
              <MenuItem key={reason} value={reason}>
                {t(`disputes.reasons.${reason}`)}
              </MenuItem>
            ))}
          </TextField>
        </Stack>
      )}
      {pending && (
        <Stack direction="row" spacing={1}>
          <Button type="submit" variant="contained" disabled={form.submitting} data-testid="call-log-submit">
            {t('calls.log.submit')}
          </Button>
          <Button onClick={() => setPending(null)} disabled={form.submitting}>
            {t('calls.log.cancel')}
          </Button>
        </Stack>
      )}
      <Typography variant="caption" color="text.secondary" component="p" sx={{ mt: 1 }}>
        {t('calls.log.keysHelp')}
      </Typography>
    </Box>
  );
});
