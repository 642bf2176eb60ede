import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import FormControlLabel from '@mui/material/FormControlLabel';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Switch from '@mui/material/Switch';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DunningPlan } from '../../shared/contract/reminders.types';
import type { ApiError } from '../../shared/contract/errors';
import { callValue, toApiError, useBridge } from '../api/bridge';
import { useCall } from '../api/useCall';
import { CenteredProgress } from '../components/CenteredProgress';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { ErrorAlert } from '../components/ErrorAlert';
import { useNotify } from '../components/Notifier';
import { offsetLabel } from './plan-steps';
import { PlanEditorDialog } from './PlanEditorDialog';

/** Scénarios de relance: the plans, how many clients follow each, their steps; edit, create, archive. */
export function PlansTab() {
  const { t } = useTranslation();
  const bridge = useBridge();
  const notify = useNotify();
  const [includeArchived, setIncludeArchived] = useState(false);
  const plans = useCall('dunningPlans.list', { includeArchived });
  const templates = useCall('templates.list', {});
  const [editing, setEditing] = useState<DunningPlan | 'new' | null>(null);
  const [archiving, setArchiving] = useState<DunningPlan | null>(null);
  const [actionError, setActionError] = useState<ApiError | null>(null);

  if (!plans.value || !templates.value) {
    const error = plans.error ?? templates.error;
    return error ? (
      <ErrorAlert error={error} onRetry={plans.error ? plans.reload : templates.reload} />
    ) : (
      <CenteredProgress />
    );
  }
  const templateName = new Map(templates.value.map((template) => [template.id, template.name]));
  const restore = async (plan: DunningPlan) => {
    setActionError(null);
    try {
      await callValue(bridge, 'dunningPlans.archive', { id: plan.id, archived: false });
      notify(t('dunningSettings.plans.restoredDone'));
      plans.reload();
    } catch (failure) {
      setActionError(toApiError(failure));
    }
  };

  return (
    <Stack spacing={2}>
      <Alert severity="info">{t('dunningSettings.plans.intro')}</Alert>
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
        <Button variant="contained" onClick={() => setEditing('new')} data-testid="new-plan">
          {t('dunningSettings.plans.new')}
        </Button>
        <FormControlLabel
          control={<Switch checked={includeArchived} onChange={(event) => setIncludeArchived(event.target.checked)} />}
          label={t('dunningSettings.plans.showArchived')}
        />
      </Stack>
      {plans.error && <ErrorAlert error={plans.error} onRetry={plans.reload} />}
      {actionError && <ErrorAlert error={actionError} onClose={() => setActionError(null)} />}
      <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', lg: '1fr 1fr 1fr' } }}>
        {plans.value.map((plan) => (
          <Paper key={plan.id} variant="outlined" sx={{ p: 2 }} data-testid="plan-card" data-plan-code={plan.code}>
            <Stack direction="row" spacing={1} sx={{ alignItems: 'center', mb: 0.5 }}>
              <Typography variant="h6" component="h2" sx={{ flexGrow: 1 }}>
                {plan.name}
              </Typography>
              {plan.isDefault && <Chip size="small" color="primary" label={t('dunningSettings.plans.isDefault')} />}
              {plan.archived && <Chip size="small" label={t('dunningSettings.plans.archived')} />}
            </Stack>
            <Typography variant="body2" color="text.secondary">
              {plan.description}
            </Typography>
            <Typography variant="body2" sx={{ mt: 1 }} data-testid="plan-client-count">
              {t('dunningSettings.plans.clients', { count: plan.clientCount })} ·{' '}
              {t('dunningSettings.plans.steps', { count: plan.steps.length })}
            </Typography>
            <Box component="ol" sx={{ pl: 0, listStyle: 'none', my: 1.5 }}>
              {plan.steps.map((step) => (
                <Box
                  component="li"
                  key={step.id}
                  sx={{ display: 'grid', gridTemplateColumns: '48px 124px 1fr', columnGap: 1, py: 0.25, fontSize: 14 }}
                  data-testid="plan-step-line"
                >
                  <Box component="span" sx={{ fontWeight: 600, fontVariantNumeric: 'tabular-nums' }}>
                    {offsetLabel(step.offsetDays)}
                  </Box>
                  <Box component="span">{t(`dunningSettings.plans.channels.${step.channel}`)}</Box>
                  <Box component="span" sx={{ color: 'text.secondary' }}>
                    {step.templateId === null ? '' : (templateName.get(step.templateId) ?? '')}
                  </Box>
                </Box>
              ))}
            </Box>
            <Stack direction="row" spacing={1}>
              <Button size="small" variant="outlined" onClick={() => setEditing(plan)} data-testid="edit-plan">
                {t('dunningSettings.plans.edit')}
              </Button>
              {plan.archived ? (
                <Button size="small" onClick={() => void restore(plan)}>
                  {t('dunningSettings.plans.restore')}
                </Button>
              ) : (
                <Button size="small" color="error" onClick={() => setArchiving(plan)} data-testid="archive-plan">
                  {t('dunningSettings.plans.archive')}
                </Button>
              )}
            </Stack>
          </Paper>
        ))}
      </Box>
      {editing && (
        <PlanEditorDialog
          plan={editing === 'new' ? undefined : editing}
          templates={templates.value}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            notify(t('dunningSettings.plans.saved'));
            plans.reload();
          }}
        />
      )}
      {archiving && (
        <ConfirmDialog
          title={t('dunningSettings.plans.archiveTitle', { name: archiving.name })}
          message={t('dunningSettings.plans.archiveMessage')}
          confirmLabel={t('dunningSettings.plans.archive')}
          destructive
          onConfirm={async () => {
            await callValue(bridge, 'dunningPlans.archive', { id: archiving.id, archived: true });
            notify(t('dunningSettings.plans.archivedDone'));
            plans.reload();
          }}
          onClose={() => setArchiving(null)}
        />
      )}
    </Stack>
  );
}
