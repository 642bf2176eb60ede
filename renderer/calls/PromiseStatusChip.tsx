import Chip from '@mui/material/Chip';
import { useTranslation } from 'react-i18next';
import type { PromiseStatus } from '../../shared/contract/calls.types';

const COLORS = { open: 'info', kept: 'success', broken: 'error', cancelled: 'default' } as const;

export function PromiseStatusChip({ status }: { status: PromiseStatus }) {
  const { t } = useTranslation();
  return (
    <Chip
      size="small"
      color={COLORS[status]}
      variant={status === 'open' ? 'outlined' : 'filled'}
      label={t(`calls.promises.statuses.${status}`)}
      data-testid="promise-status"
      data-status={status}
    />
  );
}
