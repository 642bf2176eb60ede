import AddIcon from '@mui/icons-material/Add';
import DeleteOutlineIcon from '@mui/icons-material/DeleteOutlined';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { dunningChannels, type DunningPlan, type LetterTemplate } from '../../shared/contract/reminders.types';
import { ApiFailure, callValue, useBridge } from '../api/bridge';
import { FormDialog } from '../components/FormDialog';
import { optionalText, requiredText } from '../forms/form-schemas';
import { useForm } from '../forms/useForm';
import {
  newStepId,
  offsetLabel,
  parseOffset,
  parseSteps,
  sortSteps,
  stepOfError,
  stepRows,
  type StepRow,
} from './plan-steps';

interface Props {
  /** The plan to edit; absent to create one. */
  plan?: DunningPlan;
  templates: LetterTemplate[];
  onClose: () => void;
  onSaved: (plan: DunningPlan) => void;
}

const planSchema = z.object({ code: requiredText(40), name: requiredText(200), description: optionalText(1000) });

/** A plan's name and its steps: offset from the due date, channel, template; kept in offset order. */
export function PlanEditorDialog({ plan, templates, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const bridge = useBridge();
  const form = useForm({ code: plan?.code ?? '', name: plan?.name ?? '', description: plan?.description ?? '' });
  const [rows, setRows] = useState<StepRow[]>(() => stepRows(plan));
  const [stepErrors, setStepErrors] = useState<Record<number, string>>({});

  const edit = (id: number, change: Partial<StepRow>) => {
    setRows((current) => current.map((row) => (row.id === id ? { ...row, ...change } : row)));
    setStepErrors((current) => ({ ...current, [id]: '' }));
  };
  const addStep = () => {
    const last = Math.max(0, ...rows.map((row) => parseOffset(row.offset) ?? 0));
    setRows((current) => [
      ...current,
      { id: newStepId(), offset: String(last + 15), channel: 'letter', templateId: '' },
    ]);
  };

  const save = () => {
    const sorted = sortSteps(rows);
    setRows(sorted);
    const parsed = parseSteps(sorted, t);
    setStepErrors(parsed.ok ? {} : parsed.errors);
    if (!parsed.ok) return;
    void form.submit(planSchema, async (fields) => {
      try {
        const input = { ...fields, steps: parsed.steps, ...(plan ? { id: plan.id } : {}) };
        onSaved(await callValue(bridge, 'dunningPlans.save', input));
      } catch (failure) {
        const step = failure instanceof ApiFailure ? stepOfError(failure.error.field, sorted) : null;
        if (!step || !(failure instanceof ApiFailure)) throw failure;
        const { code, message } = failure.error;
        setStepErrors({ [step.id]: `${t(`errors.${code}`)} — ${message}` });
      }
    });
  };

  const s = (key: 'offset' | 'channel' | 'template' | 'noTemplate' | 'removeStep') => t(`dunningSettings.plans.${key}`);
  return (
    <FormDialog
      title={plan ? t('dunningSettings.plans.editTitle', { name: plan.name }) : t('dunningSettings.plans.createTitle')}
      submitLabel={t('dunningSettings.plans.save')}
      submitting={form.submitting}
      formError={form.formError}
      onSubmit={save}
      onCancel={onClose}
      maxWidth="md"
      testId="plan-editor"
    >
      <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', sm: '1fr 3fr' } }}>
        <TextField label={t('dunningSettings.plans.code')} required {...form.text('code')} />
        <TextField label={t('dunningSettings.plans.name')} required autoFocus {...form.text('name')} />
      </Box>
      <TextField label={t('dunningSettings.plans.description')} multiline minRows={2} {...form.text('description')} />
      <Typography variant="subtitle2" component="h3" sx={{ pt: 1 }}>
        {t('dunningSettings.plans.stepsTitle')}
      </Typography>
      <Typography variant="body2" color="text.secondary">
        {t('dunningSettings.plans.stepsHint')}
      </Typography>
      {rows.map((row, index) => {
        const days = parseOffset(row.offset);
        return (
          <Box
            key={row.id}
            data-testid="plan-step"
            data-step={index}
            sx={{ display: 'grid', gap: 1.5, gridTemplateColumns: '150px 1fr 2fr 40px', alignItems: 'start' }}
          >
            <TextField
              size="small"
              label={s('offset')}
              value={row.offset}
              onChange={(event) => edit(row.id, { offset: event.target.value })}
              onBlur={() => setRows((current) => sortSteps(current))}
              error={Boolean(stepErrors[row.id])}
              helperText={stepErrors[row.id] || (days === null ? ' ' : offsetLabel(days))}
              slotProps={{ htmlInput: { inputMode: 'numeric', 'data-field': 'offset' } }}
            />
            <TextField
              size="small"
              select
              label={s('channel')}
              value={row.channel}
              onChange={(event) => edit(row.id, { channel: event.target.value as StepRow['channel'] })}
              slotProps={{ htmlInput: { 'data-field': 'channel' } }}
            >
              {dunningChannels.map((channel) => (
                <MenuItem key={channel} value={channel}>
                  {t(`dunningSettings.plans.channels.${channel}`)}
                </MenuItem>
              ))}
            </TextField>
            <TextField
              size="small"
              select
              label={s('template')}
              value={row.templateId}
              onChange={(event) => edit(row.id, { templateId: event.target.value })}
              slotProps={{ htmlInput: { 'data-field': 'template' } }}
            >
              <MenuItem value="">{s('noTemplate')}</MenuItem>
              {templates.map((template) => (
                <MenuItem key={template.id} value={String(template.id)}>
                  {`${template.name} (${template.language.toUpperCase()})`}
                </MenuItem>
              ))}
            </TextField>
            <IconButton
              aria-label={`${s('removeStep')} ${index + 1}`}
              onClick={() => setRows((current) => current.filter((r) => r.id !== row.id))}
              disabled={rows.length <= 1}
              data-testid="remove-step"
            >
              <DeleteOutlineIcon fontSize="small" />
            </IconButton>
          </Box>
        );
      })}
      <Box>
        <Button startIcon={<AddIcon />} onClick={addStep} data-testid="add-step">
          {t('dunningSettings.plans.addStep')}
        </Button>
      </Box>
    </FormDialog>
  );
}
