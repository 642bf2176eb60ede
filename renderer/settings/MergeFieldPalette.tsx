import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import type { MergeFieldInfo } from '../../shared/contract/reminders.types';

interface Props {
  fields: MergeFieldInfo[];
  onInsert: (field: MergeFieldInfo) => void;
}

/** The merge fields as chips; a click inserts `{{key}}` where the cursor was in the subject or the body. */
export function MergeFieldPalette({ fields, onInsert }: Props) {
  const { t } = useTranslation();
  const group = (title: string, list: MergeFieldInfo[]) => (
    <Box>
      <Typography variant="caption" color="text.secondary" component="h3">
        {title}
      </Typography>
      <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 0.5, mt: 0.5 }}>
        {list.map((field) => (
          <Chip
            key={field.key}
            size="small"
            variant={field.block ? 'filled' : 'outlined'}
            label={`{{${field.key}}}`}
            onClick={() => onInsert(field)}
            // Keep the cursor where it was in the text: the chip must not take the focus on mouse down.
            onMouseDown={(event) => event.preventDefault()}
            sx={{ fontFamily: 'monospace' }}
            data-testid="merge-field"
            data-key={field.key}
          />
        ))}
      </Box>
    </Box>
  );
  return (
    <Box sx={{ display: 'grid', gap: 1 }} data-testid="merge-field-palette">
      {group(
        t('dunningSettings.templates.fields'),
        fields.filter((f) => !f.block),
      )}
      {group(
        t('dunningSettings.templates.blocks'),
        fields.filter((f) => f.block),
      )}
    </Box>
  );
}
