import AddOutlined from '@mui/icons-material/AddOutlined';
import ArchiveOutlined from '@mui/icons-material/ArchiveOutlined';
import EditOutlined from '@mui/icons-material/EditOutlined';
import UnarchiveOutlined from '@mui/icons-material/UnarchiveOutlined';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import FormControlLabel from '@mui/material/FormControlLabel';
import IconButton from '@mui/material/IconButton';
import Switch from '@mui/material/Switch';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Contact } from '../../shared/contract/client-file.types';
import type { ApiError } from '../../shared/contract/errors';
import { callValue, toApiError, useBridge } from '../api/bridge';
import { useCall } from '../api/useCall';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { ErrorAlert } from '../components/ErrorAlert';
import { useNotify } from '../components/Notifier';
import { SectionToolbar } from '../components/SectionToolbar';
import { ContactFormDialog } from './ContactFormDialog';

type Dialog = { type: 'create' } | { type: 'edit' | 'archive'; contact: Contact } | null;

/** The client's contacts, primary billing contact first; archived ones on request. */
export function ContactsTab({ clientId }: { clientId: number }) {
  const { t } = useTranslation();
  const bridge = useBridge();
  const notify = useNotify();
  const [includeArchived, setIncludeArchived] = useState(false);
  const [dialog, setDialog] = useState<Dialog>(null);
  const contacts = useCall('contacts.list', { clientId, includeArchived });
  const close = () => setDialog(null);

  const [actionError, setActionError] = useState<ApiError | null>(null);

  const restore = async (contact: Contact) => {
    setActionError(null);
    try {
      await callValue(bridge, 'contacts.archive', { id: contact.id, archived: false });
      notify(t('contacts.restored', { name: contact.name }));
    } catch (failure) {
      setActionError(toApiError(failure));
    }
  };

  return (
    <>
      <SectionToolbar
        filters={
          <FormControlLabel
            control={<Switch checked={includeArchived} onChange={(e) => setIncludeArchived(e.target.checked)} />}
            label={t('contacts.includeArchived')}
          />
        }
        actions={
          <Button
            variant="contained"
            startIcon={<AddOutlined />}
            onClick={() => setDialog({ type: 'create' })}
            data-testid="new-contact"
          >
            {t('contacts.newContact')}
          </Button>
        }
      />
      {contacts.error && <ErrorAlert error={contacts.error} onRetry={contacts.reload} sx={{ mb: 2 }} />}
      {actionError && <ErrorAlert error={actionError} onClose={() => setActionError(null)} sx={{ mb: 2 }} />}
      {contacts.value?.length === 0 ? (
        <Typography color="text.secondary" sx={{ py: 2 }}>
          {t('contacts.empty')}
        </Typography>
      ) : (
        <TableContainer>
          <Table size="small" aria-label={t('contacts.tableLabel')} data-testid="contacts-table">
            <TableHead>
              <TableRow>
                <TableCell>{t('contacts.name')}</TableCell>
                <TableCell>{t('contacts.role')}</TableCell>
                <TableCell>{t('contacts.email')}</TableCell>
                <TableCell>{t('contacts.phone')}</TableCell>
                <TableCell>{t('contacts.mobile')}</TableCell>
                <TableCell>{t('contacts.preferredChannel')}</TableCell>
                <TableCell />
              </TableRow>
            </TableHead>
            <TableBody>
              {(contacts.value ?? []).map((contact) => (
                <TableRow key={contact.id} data-testid="contact-row" sx={{ opacity: contact.archived ? 0.6 : 1 }}>
                  <TableCell>
                    {contact.name}{' '}
                    {contact.isPrimaryBilling && (
                      <Chip size="small" color="primary" variant="outlined" label={t('contacts.primaryBilling')} />
                    )}
                    {contact.archived && <Chip size="small" variant="outlined" label={t('clients.archived')} />}
                  </TableCell>
                  <TableCell>{contact.role}</TableCell>
                  <TableCell sx={{ overflowWrap: 'anywhere' }}>{contact.email}</TableCell>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>{contact.phone}</TableCell>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>{contact.mobile}</TableCell>
                  <TableCell>{t(`contacts.channels.${contact.preferredChannel}`)}</TableCell>
                  <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                    <Tooltip title={t('contacts.edit')}>
                      <IconButton
                        size="small"
                        aria-label={t('contacts.editNamed', { name: contact.name })}
                        onClick={() => setDialog({ type: 'edit', contact })}
                      >
                        <EditOutlined fontSize="small" />
                      </IconButton>
                    </Tooltip>
                    {contact.archived ? (
                      <Tooltip title={t('contacts.restore')}>
                        <IconButton
                          size="small"
                          aria-label={t('contacts.restoreNamed', { name: contact.name })}
                          onClick={() => void restore(contact)}
                        >
                          <UnarchiveOutlined fontSize="small" />
                        </IconButton>
                      </Tooltip>
                    ) : (
                      <Tooltip title={t('contacts.archive')}>
                        <IconButton
                          size="small"
                          aria-label={t('contacts.archiveNamed', { name: contact.name })}
                          onClick={() => setDialog({ type: 'archive', contact })}
                        >
                          <ArchiveOutlined fontSize="small" />
                        </IconButton>
                      </Tooltip>
                    )}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableContainer>
      )}

      {(dialog?.type === 'create' || dialog?.type === 'edit') && (
        <ContactFormDialog
          clientId={clientId}
          contact={dialog.type === 'edit' ? dialog.contact : undefined}
          onClose={close}
          onSaved={(contact) => {
            close();
            notify(t('contacts.saved', { name: contact.name }));
          }}
        />
      )}
      {dialog?.type === 'archive' && (
        <ConfirmDialog
          title={t('contacts.archiveTitle')}
          message={t('contacts.archiveMessage', { name: dialog.contact.name })}
          confirmLabel={t('contacts.archive')}
          destructive
          onConfirm={async () => {
            await callValue(bridge, 'contacts.archive', { id: dialog.contact.id, archived: true });
            notify(t('contacts.archived', { name: dialog.contact.name }));
          }}
          onClose={close}
        />
      )}
    </>
  );
}
