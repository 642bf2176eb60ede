import ArchiveOutlined from '@mui/icons-material/ArchiveOutlined';
import EditOutlined from '@mui/icons-material/EditOutlined';
import UnarchiveOutlined from '@mui/icons-material/UnarchiveOutlined';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Client } from '../../shared/contract/types';
import { callValue, useBridge } from '../api/bridge';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { useNotify } from '../components/Notifier';
import { ClientFormDialog } from '../clients/ClientFormDialog';

/** "Modifier" and "Archiver" / "Restaurer" in the file's header. */
export function ClientActions({ client }: { client: Client }) {
  const { t } = useTranslation();
  const bridge = useBridge();
  const notify = useNotify();
  const [open, setOpen] = useState<'edit' | 'archive' | null>(null);

  return (
    <Stack direction="row" spacing={1}>
      <Button variant="outlined" startIcon={<EditOutlined />} onClick={() => setOpen('edit')} data-testid="edit-client">
        {t('clientFile.edit')}
      </Button>
      <Button
        variant="outlined"
        color={client.archived ? 'primary' : 'inherit'}
        startIcon={client.archived ? <UnarchiveOutlined /> : <ArchiveOutlined />}
        onClick={() => setOpen('archive')}
        data-testid="archive-client"
      >
        {client.archived ? t('clientFile.restore') : t('clientFile.archive')}
      </Button>
      {open === 'edit' && (
        <ClientFormDialog
          client={client}
          onClose={() => setOpen(null)}
          onSaved={() => {
            setOpen(null);
            notify(t('clientForm.saved'));
          }}
        />
      )}
      {open === 'archive' && (
        <ConfirmDialog
          title={client.archived ? t('clientFile.restoreTitle') : t('clientFile.archiveTitle')}
          message={
            client.archived
              ? t('clientFile.restoreMessage', { name: client.name })
              : t('clientFile.archiveMessage', { name: client.name })
          }
          confirmLabel={client.archived ? t('clientFile.restore') : t('clientFile.archive')}
          destructive={!client.archived}
          onConfirm={async () => {
            await callValue(bridge, 'clients.archive', { id: client.id, archived: !client.archived });
            notify(client.archived ? t('clientFile.restored') : t('clientFile.archived'));
          }}
          onClose={() => setOpen(null)}
        />
      )}
    </Stack>
  );
}
