import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../shared/contract/errors';
import { useCall } from '../api/useCall';
import { ErrorAlert } from '../components/ErrorAlert';
import { orderDisputes } from './dispute-order';
import { DisputesTable } from './DisputesTable';

/** The client's disputes, open and closed; new ones are opened from an invoice row. */
export function ClientDisputesTab({ clientId }: { clientId: number }) {
  const { t } = useTranslation();
  const [actionError, setActionError] = useState<ApiError | null>(null);
  const disputes = useCall('disputes.list', { clientId, status: 'all' });
  return (
    <>
      <Typography color="text.secondary" variant="body2" sx={{ mb: 1 }}>
        {t('disputes.clientHint')}
      </Typography>
      {disputes.error && <ErrorAlert error={disputes.error} onRetry={disputes.reload} sx={{ mb: 2 }} />}
      {actionError && <ErrorAlert error={actionError} onClose={() => setActionError(null)} sx={{ mb: 2 }} />}
      {disputes.value?.length === 0 ? (
        <Typography color="text.secondary" sx={{ py: 2 }}>
          {t('disputes.emptyClient')}
        </Typography>
      ) : (
        <DisputesTable disputes={orderDisputes(disputes.value ?? [])} onError={setActionError} />
      )}
    </>
  );
}
