import type { LedgerInfo } from '../../shared/contract/types';
import { CallsScreen } from '../calls/CallsScreen';
import { ClientFileScreen } from '../client-file/ClientFileScreen';
import { ClientsScreen } from '../clients/ClientsScreen';
import { DashboardScreen } from '../dashboard/DashboardScreen';
import { DisputesScreen } from '../disputes/DisputesScreen';
import { ImportScreen } from '../imports/ImportScreen';
import { RemindersScreen } from '../reminders/RemindersScreen';
import { SettingsScreen } from '../settings/SettingsScreen';
import type { Route } from './routes';
import type { Navigate } from './useHashRoute';

interface Props {
  route: Route;
  ledger: LedgerInfo;
  navigate: Navigate;
}

/** The route → screen switch. */
export function ScreenView({ route, ledger, navigate }: Props) {
  const openClient = (clientId: number) => navigate({ screen: 'clients', clientId });
  switch (route.screen) {
    case 'dashboard':
      return <DashboardScreen onOpenClient={openClient} />;
    case 'clients':
      if (route.clientId !== undefined) {
        const clientId = route.clientId;
        return (
          // Keyed by client so another client's file starts fresh (tabs, pages, dialogs).
          <ClientFileScreen
            key={clientId}
            clientId={clientId}
            tab={route.tab ?? 'invoices'}
            onTabChange={(tab) => navigate({ screen: 'clients', clientId, tab }, { replace: true })}
            onBack={() => navigate({ screen: 'clients' })}
          />
        );
      }
      // Keyed by the search so arriving from another link starts a fresh list.
      return (
        <ClientsScreen
          key={route.search ?? ''}
          initialSearch={route.search ?? ''}
          onOpenClient={openClient}
          onImport={() => navigate({ screen: 'imports' })}
        />
      );
    case 'disputes':
      return (
        <DisputesScreen
          onOpenClient={(dispute) => navigate({ screen: 'clients', clientId: dispute.clientId, tab: 'disputes' })}
        />
      );
    case 'imports':
      return <ImportScreen onOpenClients={() => navigate({ screen: 'clients' })} />;
    case 'settings':
      return <SettingsScreen ledger={ledger} />;
    case 'reminders':
      return <RemindersScreen onOpenClient={openClient} onImport={() => navigate({ screen: 'imports' })} />;
    case 'calls':
      return <CallsScreen onOpenClient={openClient} />;
  }
}
