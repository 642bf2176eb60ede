import Paper from '@mui/material/Paper';
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import Box from '@mui/material/Box';
import { useTranslation } from 'react-i18next';
import type { ClientFile } from '../../shared/contract/client-file.types';
import { ContactsTab } from '../contacts/ContactsTab';
import { ClientDisputesTab } from '../disputes/ClientDisputesTab';
import { CLIENT_FILE_TABS, type ClientFileTab } from '../frame/routes';
import { InvoicesTab } from '../invoices/InvoicesTab';
import { PaymentsTab } from '../payments/PaymentsTab';
import { NotesTab } from '../timeline/NotesTab';
import { TimelineTab } from '../timeline/TimelineTab';

interface Props {
  file: ClientFile;
  tab: ClientFileTab;
  onTabChange: (tab: ClientFileTab) => void;
}

/** The sections of the file; only the selected one is mounted, so only its data is asked for. */
export function ClientFileTabs({ file, tab, onTabChange }: Props) {
  const { t } = useTranslation();
  const clientId = file.client.id;
  const label = (key: ClientFileTab) =>
    key === 'disputes' && file.activeDisputeCount > 0
      ? `${t('clientFile.tabs.disputes')} (${file.activeDisputeCount})`
      : t(`clientFile.tabs.${key}`);

  return (
    <Paper component="section">
      <Tabs
        value={tab}
        onChange={(_event, value: ClientFileTab) => onTabChange(value)}
        aria-label={t('clientFile.tabsLabel')}
        sx={{ borderBottom: 1, borderColor: 'divider', px: 1 }}
      >
        {CLIENT_FILE_TABS.map((key) => (
          <Tab
            key={key}
            value={key}
            label={label(key)}
            id={`client-tab-${key}`}
            aria-controls={`client-tabpanel-${key}`}
            data-testid={`client-tab-${key}`}
          />
        ))}
      </Tabs>
      <Box role="tabpanel" id={`client-tabpanel-${tab}`} aria-labelledby={`client-tab-${tab}`} sx={{ p: 2 }}>
        {tab === 'invoices' && <InvoicesTab clientId={clientId} />}
        {tab === 'payments' && <PaymentsTab clientId={clientId} />}
        {tab === 'contacts' && <ContactsTab clientId={clientId} />}
        {tab === 'disputes' && <ClientDisputesTab clientId={clientId} />}
        {tab === 'notes' && <NotesTab client={file.client} />}
        {tab === 'timeline' && <TimelineTab clientId={clientId} />}
      </Box>
    </Paper>
  );
}
