import AddOutlined from '@mui/icons-material/AddOutlined';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import FormControlLabel from '@mui/material/FormControlLabel';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Switch from '@mui/material/Switch';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Collector } from '../../shared/contract/client-file.types';
import type { ApiError } from '../../shared/contract/errors';
import { callValue, toApiError, useBridge } from '../api/bridge';
import { useCall } from '../api/useCall';
import { CenteredProgress } from '../components/CenteredProgress';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { ErrorAlert } from '../components/ErrorAlert';
import { useNotify } from '../components/Notifier';
import { AssignClientsDialog } from './AssignClientsDialog';
import { CollectorDialog } from './CollectorDialog';
import { CollectorStatsTable } from './CollectorStatsTable';

type Editing = { kind: 'edit'; collector: Collector | null } | { kind: 'archive' | 'assign'; collector: Collector };

/** The collectors (no login: the names of who calls), their clients, and their figures over a period. */
export function CollectorsTab() {
  const { t } = useTranslation();
  const bridge = useBridge();
  const notify = useNotify();
  const [showArchived, setShowArchived] = useState(false);
  const collectors = useCall('collectors.list', { includeArchived: showArchived });
  const [restoreError, setRestoreError] = useState<ApiError | null>(null);
  const restore = async (collector: Collector) => {
    try {
      await callValue(bridge, 'collectors.update', { id: collector.id, archived: false });
      notify(t('calls.collectors.saved'));
      collectors.reload();
    } catch (failure) {
      setRestoreError(toApiError(failure));
    }
  };
  const [editing, setEditing] = useState<Editing | null>(null);
  const close = () => setEditing(null);

  return (
    <Stack spacing={3}>
      <Paper variant="outlined">
        <Stack direction="row" sx={{ p: 2, pb: 1, alignItems: 'center' }}>
          <Typography variant="h6" component="h2" sx={{ flexGrow: 1 }}>
            {t('calls.collectors.tableLabel')}
          </Typography>
          <FormControlLabel
            control={
              <Switch
                checked={showArchived}
                onChange={(event) => setShowArchived(event.target.checked)}
                slotProps={{ input: { 'data-testid': 'collectors-show-archived' } as object }}
              />
            }
            label={t('calls.collectors.showArchived')}
            sx={{ mr: 2 }}
          />
          <Button
            variant="contained"
            startIcon={<AddOutlined />}
            onClick={() => setEditing({ kind: 'edit', collector: null })}
            data-testid="collector-add"
          >
            {t('calls.collectors.add')}
          </Button>
        </Stack>
        {collectors.error && <ErrorAlert error={collectors.error} onRetry={collectors.reload} sx={{ m: 2 }} />}
        {restoreError && <ErrorAlert error={restoreError} onClose={() => setRestoreError(null)} sx={{ m: 2 }} />}
        {!collectors.value && !collectors.error && <CenteredProgress />}
        {collectors.value?.length === 0 && (
          <Typography sx={{ p: 2 }} color="text.secondary">
            {t('calls.collectors.empty')}
          </Typography>
        )}
        {collectors.value && collectors.value.length > 0 && (
          <Table size="small" aria-label={t('calls.collectors.tableLabel')} data-testid="collectors-table">
            <TableHead>
              <TableRow>
                <TableCell>{t('calls.collectors.name')}</TableCell>
                <TableCell>{t('calls.collectors.email')}</TableCell>
                <TableCell>{t('calls.collectors.phone')}</TableCell>
                <TableCell />
              </TableRow>
            </TableHead>
            <TableBody>
              {collectors.value.map((collector) => (
                <TableRow key={collector.id} data-testid="collector-row" data-collector-id={collector.id}>
                  <TableCell sx={{ fontWeight: 500 }}>
                    {collector.name}
                    {collector.archived && <Chip size="small" label={t('calls.collectors.archived')} sx={{ ml: 1 }} />}
                  </TableCell>
                  <TableCell>{collector.email}</TableCell>
                  <TableCell>{collector.phone}</TableCell>
                  <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                    {collector.archived ? (
                      <Button size="small" onClick={() => void restore(collector)} data-testid="collector-restore">
                        {t('calls.collectors.restore')}
                      </Button>
                    ) : (
                      <>
                        <Button
                          size="small"
                          onClick={() => setEditing({ kind: 'assign', collector })}
                          data-testid="collector-assign"
                        >
                          {t('calls.collectors.assign')}
                        </Button>
                        <Button
                          size="small"
                          onClick={() => setEditing({ kind: 'edit', collector })}
                          data-testid="collector-edit"
                        >
                          {t('calls.collectors.rename')}
                        </Button>
                        <Button
                          size="small"
                          color="error"
                          onClick={() => setEditing({ kind: 'archive', collector })}
                          data-testid="collector-archive"
                        >
                          {t('calls.collectors.archive')}
                        </Button>
                      </>
                    )}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </Paper>
      <CollectorStatsTable />
      {editing?.kind === 'edit' && (
        <CollectorDialog collector={editing.collector} onClose={close} onSaved={collectors.reload} />
      )}
      {editing?.kind === 'assign' && <AssignClientsDialog collector={editing.collector} onClose={close} />}
      {editing?.kind === 'archive' && (
        <ConfirmDialog
          title={`${t('calls.collectors.archive')} — ${editing.collector.name}`}
          message={t('calls.collectors.archiveMessage', { name: editing.collector.name })}
          confirmLabel={t('calls.collectors.archive')}
          destructive
          onConfirm={async () => {
            await callValue(bridge, 'collectors.update', { id: editing.collector.id, archived: true });
            collectors.reload();
          }}
          onClose={close}
        />
      )}
    </Stack>
  );
}
