import ArrowBack from '@mui/icons-material/ArrowBack';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Stack from '@mui/material/Stack';
import { useTranslation } from 'react-i18next';
import { useCall } from '../api/useCall';
import { CenteredProgress } from '../components/CenteredProgress';
import { ErrorAlert } from '../components/ErrorAlert';
import { ScreenHeader } from '../components/ScreenHeader';
import type { ClientFileTab } from '../frame/routes';
import { ClientActions } from './ClientActions';
import { ClientFigures } from './ClientFigures';
import { ClientFileTabs } from './ClientFileTabs';
import { ClientIdentity } from './ClientIdentity';

interface Props {
  clientId: number;
  tab: ClientFileTab;
  onTabChange: (tab: ClientFileTab) => void;
  onBack: () => void;
}

/** The fiche client: who the client is, what it owes, and everything that happened to it. */
export function ClientFileScreen({ clientId, tab, onTabChange, onBack }: Props) {
  const { t } = useTranslation();
  const file = useCall('clients.file', { id: clientId });
  const back = (
    <Button startIcon={<ArrowBack />} onClick={onBack} sx={{ mb: 1, ml: -1 }} data-testid="back-to-clients">
      {t('clientFile.back')}
    </Button>
  );

  if (!file.value) {
    return (
      <>
        {back}
        {file.error ? <ErrorAlert error={file.error} onRetry={file.reload} /> : <CenteredProgress />}
      </>
    );
  }
  const { client } = file.value;
  return (
    <Box data-testid="client-file" data-client-id={client.id}>
      {back}
      <ScreenHeader
        title={client.name}
        subtitle={
          <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
            <span data-testid="client-code">{client.code}</span>
            {client.archived && <Chip size="small" variant="outlined" label={t('clients.archived')} />}
          </Stack>
        }
        actions={<ClientActions client={client} />}
      />
      {file.error && <ErrorAlert error={file.error} onRetry={file.reload} sx={{ mb: 2 }} />}
      <Stack spacing={3}>
        <Box sx={{ display: 'grid', gap: 3, gridTemplateColumns: { xs: '1fr', lg: 'minmax(380px, 5fr) 7fr' } }}>
          <ClientIdentity file={file.value} />
          <ClientFigures file={file.value} />
        </Box>
        <ClientFileTabs file={file.value} tab={tab} onTabChange={onTabChange} />
      </Stack>
    </Box>
  );
}
