import Chip from '@mui/material/Chip';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import type { Dispute } from '../../shared/contract/client-file.types';
import { formatDate } from '../format/format';

/** Ouvert / En cours / Résolu, and for a resolved one its outcome and date under it (kept narrow for the table). */
export function DisputeStatusChip({ dispute }: { dispute: Dispute }) {
  const { t } = useTranslation();
  const colour = dispute.status === 'open' ? 'warning' : dispute.status === 'in_progress' ? 'info' : 'default';
  return (
    <Stack sx={{ alignItems: 'flex-start' }} data-status={dispute.status}>
      <Chip
        size="small"
        color={colour}
        variant={dispute.status === 'resolved' ? 'outlined' : 'filled'}
        label={t(`disputes.statuses.${dispute.status}`)}
      />
      {dispute.status === 'resolved' && dispute.resolution && (
        <Typography
          variant="caption"
          color="text.secondary"
          sx={{ whiteSpace: 'nowrap' }}
          data-testid="dispute-resolution"
        >
          {t(`disputes.resolutions.${dispute.resolution}`)}
          {dispute.closedOn ? ` · ${formatDate(dispute.closedOn)}` : ''}
        </Typography>
      )}
    </Stack>
  );
}
