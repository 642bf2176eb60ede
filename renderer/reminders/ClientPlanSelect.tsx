import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClientFile } from '../../shared/contract/client-file.types';
import type { ApiError } from '../../shared/contract/errors';
import { callValue, toApiError, useBridge } from '../api/bridge';
import { useCall } from '../api/useCall';
import { ErrorAlert } from '../components/ErrorAlert';
import { useNotify } from '../components/Notifier';

/** Empty value of the select: the client follows the company's default plan. */
const DEFAULT = '';

/**
 * The plan the client follows, and a select to change it (dunningPlans.assign). The file reloads by itself:
 * the core announces the change (ledger.changed) and the client file listens to it.
 */
export function ClientPlanSelect({ file }: { file: ClientFile }) {
  const { t } = useTranslation();
  const bridge = useBridge();
  const notify = useNotify();
  const plans = useCall('dunningPlans.list', { includeArchived: false });
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const current = file.client.dunningPlanId;
  const defaultPlan = plans.value?.find((plan) => plan.isDefault);
  const options = plans.value ?? [];
  // A plan archived since it was chosen is not offered: the select then shows the default, the name above the truth.
  const value = current !== null && options.some((plan) => plan.id === current) ? String(current) : DEFAULT;

  const change = async (next: string) => {
    setSaving(true);
    setError(null);
    try {
      const planId = next === DEFAULT ? null : Number(next);
      await callValue(bridge, 'dunningPlans.assign', { clientId: file.client.id, planId });
      const name = planId === null ? defaultPlan?.name : options.find((plan) => plan.id === planId)?.name;
      notify(t('clientFile.dunningPlanSaved', { name: name ?? '' }));
    } catch (failure) {
      setError(toApiError(failure));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Stack spacing={0.5}>
      <Typography component="span" data-testid="client-dunning-plan-name">
        {file.dunningPlanName ?? t('clientFile.noDunningPlan')}
        {file.dunningPlanIsDefault && (
          <Typography component="span" color="text.secondary">
            {' '}
            {t('clientFile.dunningPlanDefault')}
          </Typography>
        )}
      </Typography>
      {plans.value && (
        <TextField
          select
          size="small"
          value={value}
          onChange={(event) => void change(event.target.value)}
          disabled={saving}
          label={t('clientFile.dunningPlanChange')}
          sx={{ maxWidth: 280 }}
          slotProps={{ htmlInput: { 'data-testid': 'client-dunning-plan-select' } }}
        >
          <MenuItem value={DEFAULT}>
            {t('clientFile.dunningPlanUseDefault', { name: defaultPlan?.name ?? '—' })}
          </MenuItem>
          {options.map((plan) => (
            <MenuItem key={plan.id} value={String(plan.id)} data-testid={`plan-option-${plan.code}`}>
              {plan.name}
            </MenuItem>
          ))}
        </TextField>
      )}
      {/* A failed list only hides the select (the plan's name still shows); a failed change says why. */}
      {error && <ErrorAlert error={error} />}
    </Stack>
  );
}
