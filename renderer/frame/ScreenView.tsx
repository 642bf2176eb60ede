import type { LedgerInfo } from '../../shared/contract/types';
import { ClientsScreen } from '../clients/ClientsScreen';
import { ComingSoonScreen } from '../coming-soon/ComingSoonScreen';
import { DashboardScreen } from '../dashboard/DashboardScreen';
import { SettingsScreen } from '../settings/SettingsScreen';
import type { Route } from './routes';

interface Props {
  route: Route;
  ledger: LedgerInfo;
  navigate: (route: Route) => void;
}

/** The route → screen switch. */
export function ScreenView({ route, ledger, navigate }: Props) {
  switch (route.screen) {
    case 'dashboard':
      return <DashboardScreen onOpenClient={(code) => navigate({ screen: 'clients', search: code })} />;
    case 'clients':
      // Keyed by the search so arriving from another dashboard row starts a fresh list.
      return <ClientsScreen key={route.search ?? ''} initialSearch={route.search ?? ''} />;
    case 'settings':
      return <SettingsScreen ledger={ledger} />;
    case 'reminders':
    case 'calls':
    case 'disputes':
      return <ComingSoonScreen screen={route.screen} />;
  }
}
