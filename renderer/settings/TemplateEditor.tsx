import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import MenuItem from '@mui/material/MenuItem';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useEffect, useMemo, useRef, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { templateLevels, type LetterTemplate, type MergeFieldInfo } from '../../shared/contract/reminders.types';
import type { CompanySettings } from '../../shared/contract/types';
import { callValue, useBridge } from '../api/bridge';
import { ErrorAlert } from '../components/ErrorAlert';
import { useNotify } from '../components/Notifier';
import { useForm } from '../forms/useForm';
import { insertField } from './insert-field';
import { LetterPreview } from './LetterPreview';
import { MergeFieldPalette } from './MergeFieldPalette';
import { templateSchema, templateValues, type TemplateDraft, type TemplateValues } from './template-form';
import { useTemplatePreview } from './useTemplatePreview';

interface Props {
  draft: TemplateDraft;
  fields: MergeFieldInfo[];
  company: CompanySettings | null;
  onDirtyChange: (dirty: boolean) => void;
  onSaved: (template: LetterTemplate) => void;
  onCopy: (draft: TemplateDraft) => void;
}

type TextTarget = 'subject' | 'body';

/** One template: name, subject and body with the merge-field palette, and the merged letter beside it. */
export function TemplateEditor({ draft, fields, company, onDirtyChange, onSaved, onCopy }: Props) {
  const { t } = useTranslation();
  const bridge = useBridge();
  const notify = useNotify();
  const initial = useMemo(() => templateValues(draft), [draft]);
  const form = useForm<TemplateValues>(initial);
  const { values } = form;
  const dirty = JSON.stringify(values) !== JSON.stringify(initial);
  useEffect(() => onDirtyChange(dirty), [dirty, onDirtyChange]);

  const language = values.language === 'en' ? 'en' : 'fr';
  const level = (templateLevels as readonly string[]).includes(values.level)
    ? (values.level as LetterTemplate['level'])
    : 'other';
  const preview = useTemplatePreview({ subject: values.subject, body: values.body, level, language });
  // The core names the field at fault (subject or body); its message names the unknown merge field.
  const previewError = preview.pending ? null : preview.error;
  const fieldError = (name: TextTarget) =>
    previewError && previewError.field === name && !form.errors[name] ? previewError.message : undefined;

  const subjectRef = useRef<HTMLInputElement>(null);
  const bodyRef = useRef<HTMLTextAreaElement>(null);
  const lastFocused = useRef<TextTarget>('body');
  const insert = (field: MergeFieldInfo) => {
    const target: TextTarget = field.block ? 'body' : lastFocused.current;
    const element = target === 'subject' ? subjectRef.current : bodyRef.current;
    const text = values[target];
    const selection = element
      ? { start: element.selectionStart ?? text.length, end: element.selectionEnd ?? text.length }
      : { start: text.length, end: text.length };
    const next = insertField(text, selection, field);
    form.set(target, next.text);
    requestAnimationFrame(() => {
      element?.focus();
      element?.setSelectionRange(next.cursor, next.cursor);
    });
  };

  const blocked = Boolean(fieldError('subject') || fieldError('body'));
  const save = (event: FormEvent) => {
    event.preventDefault();
    if (blocked) return;
    void form.submit(templateSchema, async (input) => {
      const saved = await callValue(bridge, 'templates.save', draft.id ? { ...input, id: draft.id } : input);
      notify(t('dunningSettings.templates.saved'));
      onSaved(saved);
    });
  };

  const textProps = (name: TextTarget) => {
    const props = form.text(name);
    const error = fieldError(name);
    return error ? { ...props, error: true, helperText: error } : props;
  };
  const tt = (key: 'name' | 'language' | 'level' | 'subject' | 'body') => t(`dunningSettings.templates.${key}`);
  return (
    <Box
      sx={{
        display: 'grid',
        gap: 3,
        gridTemplateColumns: { xs: 'minmax(0, 1fr)', lg: 'minmax(0, 1fr) minmax(0, 1fr)' },
        alignItems: 'start',
      }}
    >
      <Box component="form" onSubmit={save} noValidate data-testid="template-editor">
        <Stack spacing={2}>
          {!draft.id && <Alert severity="info">{t('dunningSettings.templates.newCopy')}</Alert>}
          {form.formError && <ErrorAlert error={form.formError} />}
          <TextField label={tt('name')} required {...form.text('name')} />
          <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: '1fr 2fr' }}>
            <TextField select label={tt('language')} {...form.text('language')}>
              {(['fr', 'en'] as const).map((code) => (
                <MenuItem key={code} value={code}>
                  {t(`dunningSettings.templates.languages.${code}`)}
                </MenuItem>
              ))}
            </TextField>
            <TextField select label={tt('level')} {...form.text('level')}>
              {templateLevels.map((code) => (
                <MenuItem key={code} value={code}>
                  {t(`dunningSettings.templates.levels.${code}`)}
                </MenuItem>
              ))}
            </TextField>
          </Box>
          <TextField
            label={tt('subject')}
            {...textProps('subject')}
            inputRef={subjectRef}
            onFocus={() => (lastFocused.current = 'subject')}
          />
          <MergeFieldPalette fields={fields} onInsert={insert} />
          <TextField
            label={tt('body')}
            multiline
            minRows={16}
            {...textProps('body')}
            helperText={
              textProps('body').helperText ?? t('dunningSettings.templates.bodyHelp', { block: '{{invoices.table}}' })
            }
            inputRef={bodyRef}
            onFocus={() => (lastFocused.current = 'body')}
            slotProps={{ htmlInput: { spellCheck: true, style: { fontFamily: 'monospace', fontSize: 13 } } }}
          />
          {blocked && (
            <Typography variant="body2" color="error" data-testid="template-blocked">
              {t('dunningSettings.templates.fixFirst')}
            </Typography>
          )}
          <Stack direction="row" spacing={1}>
            <Button type="submit" variant="contained" disabled={form.submitting || blocked} data-testid="template-save">
              {t('dunningSettings.templates.save')}
            </Button>
            {draft.id !== undefined && (
              <Button
                onClick={() =>
                  onCopy({
                    name: t('dunningSettings.templates.copyName', { name: values.name }),
                    language,
                    level,
                    subject: values.subject,
                    body: values.body,
                  })
                }
                data-testid="template-copy"
              >
                {t('dunningSettings.templates.copy')}
              </Button>
            )}
          </Stack>
        </Stack>
      </Box>
      <Paper variant="outlined" component="section" sx={{ p: 2, bgcolor: 'grey.100' }}>
        <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 600 }}>
          {t('dunningSettings.templates.preview')}
        </Typography>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
          {t('dunningSettings.templates.previewHint')}
        </Typography>
        <Box sx={{ height: 4, mb: 1 }}>
          {preview.pending && <LinearProgress aria-label={t('dunningSettings.templates.previewing')} />}
        </Box>
        {previewError && !blocked && <ErrorAlert error={previewError} sx={{ mb: 1 }} />}
        {preview.preview && <LetterPreview preview={preview.preview} company={company} />}
      </Paper>
    </Box>
  );
}
