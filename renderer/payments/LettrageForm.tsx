import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../shared/contract/errors';
import type { Cents } from '../../shared/domain/money';
import { callValue, toApiError, useBridge } from '../api/bridge';
import { FormDialog } from '../components/FormDialog';
import { useNotify } from '../components/Notifier';
import { formatMoney } from '../format/format';
import { useLanguage } from '../i18n/useLanguage';
import { checkLettrage, lineOfError, type LettrageLine } from './lettrage-lines';
import { LettrageLinesTable } from './LettrageLinesTable';

export interface LettrageSource {
  kind: 'payment' | 'credit_note';
  id: number;
  /** How the user knows it: the payment's date and reference, or the credit note's number. */
  label: string;
  /** What is left of it to allocate when the dialog opened. */
  availableCents: Cents;
}

interface Props {
  source: LettrageSource;
  initialLines: LettrageLine[];
  onClose: () => void;
}

/**
 * The editable lines and the totals. Confirming writes all the lines in one transaction; if one is refused,
 * nothing is written and that line shows why.
 */
export function LettrageForm({ source, initialLines, onClose }: Props) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const bridge = useBridge();
  const notify = useNotify();
  const [lines, setLines] = useState(initialLines);
  const [serverErrors, setServerErrors] = useState<Map<number, string>>(new Map());
  const [formError, setFormError] = useState<ApiError | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const [showErrors, setShowErrors] = useState(false);

  const available = source.availableCents;
  const check = checkLettrage(lines, available);
  const money = (cents: Cents) => formatMoney(cents, language);

  const setAmount = (invoiceId: number, amountText: string) => {
    setLines((current) => current.map((line) => (line.invoiceId === invoiceId ? { ...line, amountText } : line)));
    setServerErrors((current) => {
      if (!current.has(invoiceId)) return current;
      const next = new Map(current);
      next.delete(invoiceId);
      return next;
    });
  };

  const submit = async () => {
    setShowErrors(true);
    if (!check.valid) return;
    const sent = lines
      .map((line, index) => ({ line, amountCents: check.amounts[index] ?? 0 }))
      .filter(({ amountCents }) => amountCents > 0);
    setSubmitting(true);
    setFormError(null);
    setServerErrors(new Map());
    try {
      // One transaction: every line is written, or none.
      await callValue(bridge, 'allocations.createMany', {
        allocations: sent.map(({ line, amountCents }) => ({
          invoiceId: line.invoiceId,
          paymentId: source.kind === 'payment' ? source.id : null,
          creditNoteId: source.kind === 'credit_note' ? source.id : null,
          amountCents,
        })),
      });
    } catch (failure) {
      const error = toApiError(failure);
      const line = lineOfError(
        error,
        sent.map(({ line }) => line),
      );
      if (line) setServerErrors(new Map([[line.invoiceId, `${t(`errors.${error.code}`)} — ${error.message}`]]));
      else setFormError(error);
      setSubmitting(false);
      return;
    }
    notify(t('lettrage.done', { count: sent.length }));
    onClose();
  };

  return (
    <FormDialog
      title={t('lettrage.title', { label: source.label })}
      submitLabel={t('lettrage.submit')}
      submitting={submitting}
      formError={formError}
      onSubmit={submit}
      onCancel={onClose}
      maxWidth="md"
      testId="lettrage-dialog"
    >
      <Typography color="text.secondary">
        {t(source.kind === 'payment' ? 'lettrage.introPayment' : 'lettrage.introCreditNote')}
      </Typography>
      {lines.length === 0 ? (
        <Alert severity="info">{t('lettrage.noOpenInvoice')}</Alert>
      ) : (
        <LettrageLinesTable
          lines={lines}
          check={check}
          showErrors={showErrors}
          serverErrors={serverErrors}
          onAmountChange={setAmount}
        />
      )}
      <Stack
        direction="row"
        spacing={3}
        sx={{ justifyContent: 'flex-end', flexWrap: 'wrap', fontVariantNumeric: 'tabular-nums' }}
        data-testid="lettrage-totals"
      >
        <Total label={t('lettrage.available')} value={money(available)} testId="lettrage-available" />
        <Total label={t('lettrage.total')} value={money(check.totalCents)} testId="lettrage-total" />
        <Total
          label={source.kind === 'payment' ? t('lettrage.remainingAdvance') : t('lettrage.remainingCreditNote')}
          value={money(check.remainingCents)}
          testId="lettrage-remaining"
          error={check.overAvailable}
        />
      </Stack>
      {check.overAvailable && (
        <Alert severity="error" data-testid="lettrage-over">
          {t('form.errors.overAvailable', { amount: money(available) })}
        </Alert>
      )}
      {showErrors && check.totalCents === 0 && !check.overAvailable && check.lineErrors.size === 0 && (
        <Alert severity="warning">{t('form.errors.nothingToAllocate')}</Alert>
      )}
    </FormDialog>
  );
}

function Total({ label, value, testId, error }: { label: string; value: string; testId: string; error?: boolean }) {
  return (
    <Box sx={{ textAlign: 'right' }}>
      <Typography variant="body2" color="text.secondary">
        {label}
      </Typography>
      <Typography sx={{ fontWeight: 700, color: error ? 'error.main' : undefined }} data-testid={testId}>
        {value}
      </Typography>
    </Box>
  );
}
