import Paper from '@mui/material/Paper';
import TablePagination from '@mui/material/TablePagination';
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import Typography from '@mui/material/Typography';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Dispute } from '../../shared/contract/client-file.types';
import type { ApiError } from '../../shared/contract/errors';
import { useCall } from '../api/useCall';
import { CenteredProgress } from '../components/CenteredProgress';
import { ErrorAlert } from '../components/ErrorAlert';
import { ScreenHeader } from '../components/ScreenHeader';
import { SectionToolbar } from '../components/SectionToolbar';
import { orderDisputes } from './dispute-order';
import { DisputesTable } from './DisputesTable';

export type DisputeStatusFilter = 'active' | 'resolved' | 'all';
const STATUS_FILTERS: readonly DisputeStatusFilter[] = ['active', 'resolved', 'all'];
const PAGE_SIZES = [25, 50, 100];

/** Every dispute of the ledger with its age, amounts and owner; a row opens the client's file. */
export function DisputesScreen({ onOpenClient }: { onOpenClient: (dispute: Dispute) => void }) {
  const { t } = useTranslation();
  const [status, setStatus] = useState<DisputeStatusFilter>('active');
  const [page, setPage] = useState({ page: 0, pageSize: 25 });
  const [actionError, setActionError] = useState<ApiError | null>(null);
  const disputes = useCall('disputes.list', { status });
  const rows = useMemo(() => orderDisputes(disputes.value ?? []), [disputes.value]);
  const shown = rows.slice(page.page * page.pageSize, (page.page + 1) * page.pageSize);

  return (
    <>
      <ScreenHeader
        title={t('nav.disputes')}
        subtitle={disputes.value ? t(`disputes.count.${status}`, { count: rows.length }) : undefined}
      />
      <SectionToolbar
        filters={
          <ToggleButtonGroup
            size="small"
            exclusive
            value={status}
            onChange={(_event, value: DisputeStatusFilter | null) => {
              if (!value) return;
              setStatus(value);
              setPage((current) => ({ ...current, page: 0 }));
            }}
            aria-label={t('disputes.statusFilter')}
            sx={{ bgcolor: 'background.paper' }}
          >
            {STATUS_FILTERS.map((key) => (
              <ToggleButton key={key} value={key} data-testid={`dispute-filter-${key}`} sx={{ px: 2 }}>
                {t(`disputes.filters.${key}`)}
              </ToggleButton>
            ))}
          </ToggleButtonGroup>
        }
      />
      {disputes.error && <ErrorAlert error={disputes.error} onRetry={disputes.reload} sx={{ mb: 2 }} />}
      {actionError && <ErrorAlert error={actionError} onClose={() => setActionError(null)} sx={{ mb: 2 }} />}
      {!disputes.value && !disputes.error && <CenteredProgress />}
      {disputes.value && (
        <Paper>
          {rows.length === 0 ? (
            <Typography color="text.secondary" sx={{ p: 3 }}>
              {t('disputes.empty')}
            </Typography>
          ) : (
            <>
              <DisputesTable disputes={shown} onOpenClient={onOpenClient} onError={setActionError} />
              <TablePagination
                component="div"
                count={rows.length}
                page={page.page}
                rowsPerPage={page.pageSize}
                rowsPerPageOptions={PAGE_SIZES}
                onPageChange={(_event, next) => setPage((current) => ({ ...current, page: next }))}
                onRowsPerPageChange={(event) => setPage({ page: 0, pageSize: Number(event.target.value) })}
              />
            </>
          )}
        </Paper>
      )}
    </>
  );
}
