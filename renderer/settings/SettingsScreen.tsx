import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LedgerInfo } from '../../shared/contract/types';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { ScreenHeader } from '../components/ScreenHeader';
import { LedgerTab } from './LedgerTab';
import { LetterheadTab } from './LetterheadTab';
import { PenaltiesTab } from './PenaltiesTab';
import { PlansTab } from './PlansTab';
import { RatesTab } from './RatesTab';
import { SETTINGS_TABS, type SettingsTab } from './settings-tabs';
import { TemplatesTab } from './TemplatesTab';

/**
 * The settings, one tab per concern. Only the selected tab is mounted; a tab with unsaved changes says so,
 * and moving to another tab then asks before the changes are dropped.
 */
export function SettingsScreen({ ledger }: { ledger: LedgerInfo }) {
  const { t } = useTranslation();
  const [tab, setTab] = useState<SettingsTab>('letterhead');
  const [dirty, setDirty] = useState(false);
  const [pendingTab, setPendingTab] = useState<SettingsTab | null>(null);
  const onDirtyChange = useCallback((value: boolean) => setDirty(value), []);

  const show = (next: SettingsTab) => {
    setDirty(false);
    setTab(next);
  };
  const requestTab = (next: SettingsTab) => {
    if (next === tab) return;
    if (dirty) setPendingTab(next);
    else show(next);
  };

  return (
    <>
      <ScreenHeader title={t('settings.title')} />
      <Paper component="section">
        <Tabs
          value={tab}
          onChange={(_event, value: SettingsTab) => requestTab(value)}
          aria-label={t('settings.tabsLabel')}
          variant="scrollable"
          scrollButtons="auto"
          sx={{ borderBottom: 1, borderColor: 'divider', px: 1, '& .MuiTab-root': { px: 1.5, minWidth: 0 } }}
        >
          {SETTINGS_TABS.map((key) => (
            <Tab
              key={key}
              value={key}
              label={t(`settings.tabs.${key}`)}
              id={`settings-tab-${key}`}
              aria-controls={`settings-tabpanel-${key}`}
              data-testid={`settings-tab-${key}`}
            />
          ))}
        </Tabs>
        <Box
          role="tabpanel"
          id={`settings-tabpanel-${tab}`}
          aria-labelledby={`settings-tab-${tab}`}
          data-testid={`settings-panel-${tab}`}
          sx={{ p: 3 }}
        >
          {tab === 'letterhead' && <LetterheadTab onDirtyChange={onDirtyChange} />}
          {tab === 'penalties' && <PenaltiesTab onDirtyChange={onDirtyChange} />}
          {tab === 'rates' && <RatesTab onDirtyChange={onDirtyChange} />}
          {tab === 'plans' && <PlansTab />}
          {tab === 'templates' && <TemplatesTab onDirtyChange={onDirtyChange} />}
          {tab === 'ledger' && <LedgerTab ledger={ledger} />}
        </Box>
      </Paper>
      {pendingTab && (
        <ConfirmDialog
          title={t('dunningSettings.unsavedTitle')}
          message={t('dunningSettings.unsavedMessage')}
          confirmLabel={t('dunningSettings.discard')}
          destructive
          onConfirm={async () => show(pendingTab)}
          onClose={() => setPendingTab(null)}
        />
      )}
    </>
  );
}
