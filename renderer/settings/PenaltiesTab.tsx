import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormHelperText from '@mui/material/FormHelperText';
import MenuItem from '@mui/material/MenuItem';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Stack from '@mui/material/Stack';
import Switch from '@mui/material/Switch';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useEffect, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { DunningPlan, PenaltySettings } from '../../shared/contract/reminders.types';
import { callValue, useBridge } from '../api/bridge';
import { useCall } from '../api/useCall';
import { CenteredProgress } from '../components/CenteredProgress';
import { ErrorAlert } from '../components/ErrorAlert';
import { MoneyField } from '../components/MoneyField';
import { useNotify } from '../components/Notifier';
import { useForm } from '../forms/useForm';
import type { dunningSettingsFr } from '../i18n/dunning-settings.fr';
import { PENALTIES_FIELD_ALIASES, penaltiesSchema, penaltiesValues } from './penalties-form';
import type { EditorTabProps } from './settings-tabs';

/** Pénalités et relances: the late-payment rate rule, the 40 € indemnity, and the follow-up settings. */
export function PenaltiesTab({ onDirtyChange }: EditorTabProps) {
  const call = useCall('penalties.get', {});
  const plans = useCall('dunningPlans.list', { includeArchived: false });
  const [saved, setSaved] = useState<{ settings: PenaltySettings; version: number } | null>(null);
  const settings = saved?.settings ?? call.value;
  if (!settings || !plans.value) {
    const error = call.error ?? plans.error;
    return error ? (
      <ErrorAlert error={error} onRetry={call.error ? call.reload : plans.reload} />
    ) : (
      <CenteredProgress />
    );
  }
  return (
    <PenaltiesForm
      key={saved?.version ?? 0}
      settings={settings}
      plans={plans.value}
      onDirtyChange={onDirtyChange}
      onSaved={(next) => setSaved((current) => ({ settings: next, version: (current?.version ?? 0) + 1 }))}
    />
  );
}

interface FormProps extends EditorTabProps {
  settings: PenaltySettings;
  plans: DunningPlan[];
  onSaved: (settings: PenaltySettings) => void;
}

type PenaltyText = keyof typeof dunningSettingsFr.dunningSettings.penalties;

const twoColumns = { display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' } } as const;

function PenaltiesForm({ settings, plans, onDirtyChange, onSaved }: FormProps) {
  const { t } = useTranslation();
  const bridge = useBridge();
  const notify = useNotify();
  const initial = useMemo(() => penaltiesValues(settings), [settings]);
  const form = useForm(initial, { aliases: PENALTIES_FIELD_ALIASES });
  const { values } = form;
  const dirty = JSON.stringify(values) !== JSON.stringify(initial);
  useEffect(() => onDirtyChange(dirty), [dirty, onDirtyChange]);

  const save = (event: FormEvent) => {
    event.preventDefault();
    void form.submit(penaltiesSchema(t), async (input) => {
      const next = await callValue(bridge, 'penalties.update', input);
      notify(t('dunningSettings.penalties.saved'));
      onSaved(next);
    });
  };

  const p = (key: PenaltyText) => t(`dunningSettings.penalties.${key}`);
  const numeric = { htmlInput: { inputMode: 'numeric' as const } };
  return (
    <Box component="form" onSubmit={save} noValidate sx={{ maxWidth: 860 }} data-testid="penalties-form">
      <Stack spacing={2}>
        <Alert severity="info">{p('intro')}</Alert>
        {form.formError && <ErrorAlert error={form.formError} />}
        {settings.floorWarning && (
          <Alert severity="warning" data-testid="floor-warning">
            {settings.floorWarning}
          </Alert>
        )}
        <Typography variant="subtitle1" component="h2" id="penalty-rule-label" sx={{ fontWeight: 600 }}>
          {p('rule')}
        </Typography>
        <RadioGroup
          aria-labelledby="penalty-rule-label"
          name="rule"
          value={values.rule}
          onChange={(event) => form.set('rule', event.target.value)}
        >
          <FormControlLabel value="ecb_plus_10" control={<Radio />} label={p('ruleEcb')} />
          <FormControlLabel value="contractual" control={<Radio />} label={p('ruleContractual')} />
        </RadioGroup>
        {values.rule === 'contractual' && (
          <TextField
            label={p('contractualRate')}
            sx={{ maxWidth: 360 }}
            autoFocus
            {...form.text('contractualRate', p('contractualRateHelp'))}
            slotProps={{ htmlInput: { inputMode: 'decimal' } }}
          />
        )}
        <Box>
          <FormControlLabel
            control={
              <Switch
                checked={values.recoveryIndemnityEnabled}
                onChange={(event) => form.set('recoveryIndemnityEnabled', event.target.checked)}
                slotProps={{ input: { 'aria-describedby': 'indemnity-help' } }}
                data-testid="indemnity-switch"
              />
            }
            label={p('indemnity')}
          />
          <FormHelperText id="indemnity-help" sx={{ ml: 6, mt: 0 }}>
            {p('indemnityHelp')}
          </FormHelperText>
        </Box>
        <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 600, pt: 1 }}>
          {p('followUp')}
        </Typography>
        <Box sx={twoColumns}>
          <MoneyField label={p('minimum')} {...form.text('minimumDunning', p('minimumHelp'))} />
          <TextField
            label={p('staleDays')}
            {...form.text('paymentsStaleDays', p('staleDaysHelp'))}
            slotProps={numeric}
          />
        </Box>
        <Box sx={twoColumns}>
          <TextField select label={p('deadline')} {...form.text('deadlineChoice')}>
            <MenuItem value="8">{p('deadline8')}</MenuItem>
            <MenuItem value="15">{p('deadline15')}</MenuItem>
            <MenuItem value="other">{p('deadlineOther')}</MenuItem>
          </TextField>
          {values.deadlineChoice === 'other' && (
            <TextField label={p('deadlineDays')} {...form.text('formalNoticeDeadlineDays')} slotProps={numeric} />
          )}
        </Box>
        <Box sx={twoColumns}>
          <TextField
            label={p('graceDays')}
            {...form.text('promiseGraceDays', p('graceDaysHelp'))}
            slotProps={numeric}
          />
          <TextField select label={p('defaultPlan')} {...form.text('defaultDunningPlanId', p('defaultPlanHelp'))}>
            {plans.map((plan) => (
              <MenuItem key={plan.id} value={String(plan.id)}>
                {plan.name}
              </MenuItem>
            ))}
          </TextField>
        </Box>
        <Box>
          <Button type="submit" variant="contained" disabled={form.submitting} data-testid="penalties-save">
            {p('save')}
          </Button>
        </Box>
      </Stack>
    </Box>
  );
}
