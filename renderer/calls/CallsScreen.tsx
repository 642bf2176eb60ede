import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ScreenHeader } from '../components/ScreenHeader';
import { CollectorsTab } from './CollectorsTab';
import { PromisesTab } from './PromisesTab';
import { TodayTab } from './TodayTab';

type CallsTab = 'today' | 'promises' | 'collectors';

/** Appels: today's calls with the call sheet, the promises to pay, and the collectors with their figures. */
export function CallsScreen({ onOpenClient }: { onOpenClient: (clientId: number) => void }) {
  const { t } = useTranslation();
  const [tab, setTab] = useState<CallsTab>('today');
  return (
    <>
      <ScreenHeader title={t('calls.title')} />
      <Tabs
        value={tab}
        onChange={(_event, value: CallsTab) => setTab(value)}
        aria-label={t('calls.tabs.label')}
        sx={{ mb: 2, borderBottom: 1, borderColor: 'divider' }}
      >
        <Tab value="today" label={t('calls.tabs.today')} data-testid="calls-tab-today" />
        <Tab value="promises" label={t('calls.tabs.promises')} data-testid="calls-tab-promises" />
        <Tab value="collectors" label={t('calls.tabs.collectors')} data-testid="calls-tab-collectors" />
      </Tabs>
      {tab === 'today' && <TodayTab onOpenClient={onOpenClient} />}
      {tab === 'promises' && <PromisesTab onOpenClient={onOpenClient} />}
      {tab === 'collectors' && <CollectorsTab />}
    </>
  );
}
