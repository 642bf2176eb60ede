import Autocomplete from '@mui/material/Autocomplete';
import TextField from '@mui/material/TextField';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Collector } from '../../shared/contract/client-file.types';
import type { ApiError } from '../../shared/contract/errors';
import type { ClientSummary } from '../../shared/contract/types';
import { callValue, toApiError, useBridge } from '../api/bridge';
import { useCall } from '../api/useCall';
import { FormDialog } from '../components/FormDialog';
import { useNotify } from '../components/Notifier';

/** Pick clients (searched by code or name) and give them to a collector, in one go. */
export function AssignClientsDialog({ collector, onClose }: { collector: Collector; onClose: () => void }) {
  const { t } = useTranslation();
  const bridge = useBridge();
  const notify = useNotify();
  const [search, setSearch] = useState('');
  const [chosen, setChosen] = useState<ClientSummary[]>([]);
  const [error, setError] = useState<ApiError | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const found = useCall('clients.list', { search, limit: 50, offset: 0 }, 'none');

  const submit = async () => {
    if (chosen.length === 0) return;
    setSubmitting(true);
    setError(null);
    try {
      const { assigned } = await callValue(bridge, 'collectors.assign', {
        collectorId: collector.id,
        clientIds: chosen.map((client) => client.id),
      });
      notify(t('calls.collectors.assigned', { count: assigned }));
      onClose();
    } catch (failure) {
      setError(toApiError(failure));
      setSubmitting(false);
    }
  };

  return (
    <FormDialog
      title={t('calls.collectors.assignTitle', { name: collector.name })}
      submitLabel={t('calls.collectors.assign')}
      submitting={submitting}
      formError={error}
      onSubmit={submit}
      onCancel={onClose}
      testId="assign-dialog"
    >
      <Autocomplete
        multiple
        options={found.value?.rows ?? []}
        value={chosen}
        onChange={(_event, value) => setChosen(value)}
        inputValue={search}
        onInputChange={(_event, value, reason) => reason !== 'reset' && setSearch(value)}
        filterOptions={(options) => options}
        getOptionLabel={(client) => `${client.code} · ${client.name}`}
        isOptionEqualToValue={(a, b) => a.id === b.id}
        loading={found.loading}
        renderInput={(params) => <TextField {...params} autoFocus label={t('calls.collectors.assignClients')} />}
        data-testid="assign-clients"
      />
    </FormDialog>
  );
}
