import { useTranslation } from 'react-i18next';
import { useCall } from '../api/useCall';
import { CenteredProgress } from '../components/CenteredProgress';
import { ErrorAlert } from '../components/ErrorAlert';
import { FormDialog } from '../components/FormDialog';
import { buildLettrageLines } from './lettrage-lines';
import { LettrageForm, type LettrageSource } from './LettrageForm';

export type { LettrageSource } from './LettrageForm';

interface Props {
  clientId: number;
  source: LettrageSource;
  onClose: () => void;
}

/**
 * Lettrage of a payment or a credit note: asks the core for its suggestions (same reference, exact amount,
 * oldest first) and the client's open invoices, then lets the user adjust the amounts line by line.
 */
export function LettrageDialog({ clientId, source, onClose }: Props) {
  const { t } = useTranslation();
  // Read once: the lines are the user's work from then on, a refresh must not reset them.
  const suggestions = useCall(
    'allocations.suggest',
    source.kind === 'payment' ? { paymentId: source.id } : { creditNoteId: source.id },
    'none',
  );
  const open = useCall('invoices.list', { clientId, filter: 'open', kind: 'invoice', limit: 500 }, 'none');
  const error = suggestions.error ?? open.error;

  if (suggestions.value && open.value) {
    return (
      <LettrageForm
        source={source}
        initialLines={buildLettrageLines(suggestions.value, open.value.rows)}
        onClose={onClose}
      />
    );
  }
  return (
    <FormDialog
      title={t('lettrage.title', { label: source.label })}
      submitLabel={t('lettrage.submit')}
      submitting
      formError={null}
      onSubmit={() => {}}
      onCancel={onClose}
      maxWidth="md"
    >
      {error ? (
        <ErrorAlert
          error={error}
          onRetry={() => {
            suggestions.reload();
            open.reload();
          }}
        />
      ) : (
        <CenteredProgress />
      )}
    </FormDialog>
  );
}
