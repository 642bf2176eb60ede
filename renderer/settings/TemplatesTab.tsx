import Alert from '@mui/material/Alert';
import ListItemText from '@mui/material/ListItemText';
import ListSubheader from '@mui/material/ListSubheader';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useCallback, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCall } from '../api/useCall';
import { CenteredProgress } from '../components/CenteredProgress';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { ErrorAlert } from '../components/ErrorAlert';
import type { EditorTabProps } from './settings-tabs';
import { sortTemplates, type TemplateDraft } from './template-form';
import { TemplateEditor } from './TemplateEditor';

type Selection = { kind: 'saved'; id: number } | { kind: 'copy'; draft: TemplateDraft; version: number };

/** Modèles de lettres: the templates by language and level, and the editor of the one selected. */
export function TemplatesTab({ onDirtyChange }: EditorTabProps) {
  const { t } = useTranslation();
  const templates = useCall('templates.list', {}, 'none');
  const fields = useCall('templates.fields', {}, 'none');
  const company = useCall('company.get', {});
  const [selection, setSelection] = useState<Selection | null>(null);
  const [pending, setPending] = useState<Selection | null>(null);
  const dirty = useRef(false);
  const editorDirty = useCallback(
    (value: boolean) => {
      dirty.current = value;
      onDirtyChange(value);
    },
    [onDirtyChange],
  );
  const select = (next: Selection) => {
    if (dirty.current) return setPending(next);
    editorDirty(false);
    setSelection(next);
  };

  if (!templates.value || !fields.value) {
    const error = templates.error ?? fields.error;
    return error ? (
      <ErrorAlert error={error} onRetry={templates.error ? templates.reload : fields.reload} />
    ) : (
      <CenteredProgress />
    );
  }
  const sorted = sortTemplates(templates.value);
  const current = selection ?? (sorted[0] ? { kind: 'saved' as const, id: sorted[0].id } : null);
  const selected = current?.kind === 'saved' ? sorted.find((template) => template.id === current.id) : undefined;
  const draft: TemplateDraft | undefined = current?.kind === 'copy' ? current.draft : selected;
  const languages = (['fr', 'en'] as const).filter((code) => sorted.some((template) => template.language === code));

  return (
    <Stack spacing={2}>
      <Alert severity="info">{t('dunningSettings.templates.intro')}</Alert>
      <TextField
        select
        label={t('dunningSettings.templates.listTitle')}
        value={current?.kind === 'saved' ? String(current.id) : 'copy'}
        onChange={(event) => select({ kind: 'saved', id: Number(event.target.value) })}
        sx={{ maxWidth: 560 }}
        slotProps={{
          select: {
            renderValue: (value) =>
              value === 'copy' && current?.kind === 'copy'
                ? current.draft.name
                : (sorted.find((template) => String(template.id) === value)?.name ?? ''),
          },
        }}
      >
        {current?.kind === 'copy' && (
          <MenuItem value="copy" sx={{ display: 'none' }}>
            {current.draft.name}
          </MenuItem>
        )}
        {languages.flatMap((code) => [
          <ListSubheader key={`language-${code}`}>{t(`dunningSettings.templates.languages.${code}`)}</ListSubheader>,
          ...sorted
            .filter((template) => template.language === code)
            .map((template) => (
              <MenuItem
                key={template.id}
                value={String(template.id)}
                data-testid="template-item"
                data-code={template.code}
              >
                <ListItemText
                  primary={template.name}
                  secondary={t(`dunningSettings.templates.levels.${template.level}`)}
                />
              </MenuItem>
            )),
        ])}
      </TextField>
      {draft ? (
        <TemplateEditor
          key={current?.kind === 'copy' ? `copy-${current.version}` : `saved-${selected?.id}-${selected?.updatedAt}`}
          draft={draft}
          fields={fields.value}
          company={company.value}
          onDirtyChange={editorDirty}
          onCopy={(copy) => {
            // The copy carries what was typed: nothing is lost, so no question.
            editorDirty(false);
            setSelection({ kind: 'copy', draft: copy, version: Date.now() });
          }}
          onSaved={(saved) => {
            editorDirty(false);
            setSelection({ kind: 'saved', id: saved.id });
            templates.reload();
          }}
        />
      ) : (
        <Typography color="text.secondary">{t('dunningSettings.templates.choose')}</Typography>
      )}
      {pending && (
        <ConfirmDialog
          title={t('dunningSettings.unsavedTitle')}
          message={t('dunningSettings.unsavedMessage')}
          confirmLabel={t('dunningSettings.discard')}
          destructive
          onConfirm={async () => {
            editorDirty(false);
            setSelection(pending);
          }}
          onClose={() => setPending(null)}
        />
      )}
    </Stack>
  );
}
