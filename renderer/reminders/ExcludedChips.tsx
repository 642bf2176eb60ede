import Chip from '@mui/material/Chip';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import type { ReminderQueue } from '../../shared/contract/reminders.types';

const REASONS = ['disputed', 'promised', 'belowMinimum', 'postponed'] as const;

/** Who is left out today and why, quietly: the user should know, not act. */
export function ExcludedChips({ excluded }: { excluded: ReminderQueue['excluded'] }) {
  const { t } = useTranslation();
  const shown = REASONS.filter((reason) => excluded[reason] > 0);
  if (shown.length === 0) return null;
  return (
    <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap', rowGap: 1 }}>
      <Typography variant="body2" color="text.secondary">
        {t('reminders.excluded.label')}
      </Typography>
      {shown.map((reason) => (
        <Chip
          key={reason}
          size="small"
          variant="outlined"
          label={t(`reminders.excluded.${reason}`, { count: excluded[reason] })}
          data-testid={`excluded-${reason}`}
        />
      ))}
    </Stack>
  );
}
