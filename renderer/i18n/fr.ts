import { clientFileFr } from './client-file.fr';
import { disputesFr } from './disputes.fr';
import { dunningSettingsFr } from './dunning-settings.fr';
import { formsFr } from './forms.fr';
import { importsFr } from './imports.fr';
import { ledgerEntriesFr } from './ledger-entries.fr';
import { callsFr } from './calls.fr';
import { remindersFr } from './reminders.fr';

/**
 * French texts: the reference language; `en.ts` must provide exactly the same keys (checked by its type).
 * The screens added with the client file keep their texts in section files (`*.fr.ts`, `*.en.ts`).
 */
export const fr = {
  app: {
    name: 'Encaisse',
    loading: 'Chargement…',
    retry: 'Réessayer',
    notAvailable: '—',
  },
  language: {
    label: 'Langue',
    fr: 'Français',
    en: 'English',
  },
  nav: {
    label: 'Navigation principale',
    dashboard: 'Tableau de bord',
    clients: 'Clients',
    reminders: 'Relances',
    calls: 'Appels',
    disputes: 'Litiges',
    imports: 'Importer',
    settings: 'Paramètres',
  },
  frame: {
    closeLedger: 'Fermer le grand livre',
    closing: 'Fermeture…',
    ledgerFile: 'Grand livre : {{path}}',
  },
  welcome: {
    title: 'Bienvenue dans Encaisse',
    subtitle:
      'Suivez votre encours client, la balance âgée et vos relances, hors ligne, sur cet ordinateur. Chaque société est un fichier que vous ouvrez comme un document.',
    demoTitle: 'Découvrir avec la société de démonstration',
    demoHint:
      'Une PME fictive complète : environ 150 clients, deux ans de factures, règlements, avoirs, acomptes, litiges et retards de paiement.',
    openDemo: 'Ouvrir la société de démonstration',
    demoProgress: 'Préparation de la société de démonstration… La première ouverture peut prendre quelques secondes.',
    opening: 'Ouverture du grand livre…',
    createTitle: 'Créer un nouveau grand livre',
    createHint: 'Un grand livre vide pour votre société.',
    companyName: 'Nom de la société',
    path: 'Chemin du fichier',
    createPathHelper: 'Par exemple /home/moi/ma-societe.encaisse',
    openPathHelper: 'Chemin complet d’un fichier .encaisse existant',
    create: 'Créer le grand livre',
    createWithDialog: 'Créer et choisir l’emplacement…',
    openTitle: 'Ouvrir un grand livre',
    openHint: 'Un fichier .encaisse existant sur cet ordinateur.',
    open: 'Ouvrir',
    openWithDialog: 'Choisir un fichier…',
    recentTitle: 'Grands livres récents',
    recentEmpty: 'Aucun grand livre ouvert récemment.',
    openedAt: 'Ouvert le {{date}}',
    openRecent: 'Ouvrir {{name}}',
    untitled: 'Sans nom',
  },
  errors: {
    validation: 'Saisie invalide',
    not_found: 'Élément introuvable',
    conflict: 'Conflit avec une donnée existante',
    over_allocation: 'Montant supérieur au reste à lettrer',
    invalid_ledger: 'Ce fichier n’est pas un grand livre Encaisse',
    newer_ledger: 'Ce grand livre a été écrit par une version plus récente d’Encaisse',
    no_ledger_open: 'Aucun grand livre n’est ouvert',
    unknown_method: 'Action inconnue du cœur de l’application',
    cancelled: 'Opération annulée : rien n’a été enregistré',
    internal: 'Erreur inattendue',
    field: 'Champ concerné : {{field}}',
  },
  dashboard: {
    title: 'Tableau de bord',
    asOf: 'Chiffres au {{date}}',
    clientCount_one: '{{count, number}} client',
    clientCount_other: '{{count, number}} clients',
    totalExposure: 'Encours total',
    totalFormula: 'À émettre + non échu + échu − avances et avoirs non imputés',
    toIssue: 'À émettre',
    notDue: 'Non échu',
    overdue: 'Échu',
    unallocated: 'Avances et avoirs non imputés',
    agingTitle: 'Balance âgée',
    agingChartLabel: 'Balance âgée : montants ouverts par tranche de retard',
    agingInvoices_one: '{{count}} facture',
    agingInvoices_other: '{{count}} factures',
    topDebtorsTitle: 'Principaux débiteurs',
    topDebtorsHint: 'Cliquez sur un client pour ouvrir sa fiche.',
    noDebtors: 'Aucun client ne doit d’argent à ce jour.',
    openClient: 'Ouvrir la fiche de {{name}} ({{code}})',
  },
  aging: {
    not_due: 'Non échu',
    range: '{{min}}–{{max}} j',
    over: '> {{days}} j',
  },
  clients: {
    title: 'Clients',
    search: 'Rechercher un client',
    searchPlaceholder: 'Code, nom, SIREN ou ville',
    includeArchived: 'Inclure les archivés',
    archived: 'Archivé',
    columns: {
      code: 'Code',
      name: 'Nom',
      city: 'Ville',
      exposure: 'Encours',
      overdue: 'Échu',
      oldestDaysLate: 'Retard max (jours)',
      creditLimit: 'Plafond',
    },
    gridLabel: 'Liste des clients',
    newClient: 'Nouveau client',
    filtersLabel: 'Filtres',
    filters: {
      overdue: 'Échus',
      disputed: 'En litige',
      overCreditLimit: 'Plafond dépassé',
    },
  },
  settings: {
    title: 'Paramètres',
    tabsLabel: 'Sections des paramètres',
    tabs: {
      letterhead: 'Société et en-tête',
      penalties: 'Pénalités et relances',
      rates: 'Taux BCE et taux légal',
      plans: 'Scénarios de relance',
      templates: 'Modèles de lettres',
      ledger: 'Grand livre',
    },
    currency: 'Devise',
    collectionTitle: 'Recouvrement',
    paymentTerms: 'Délai de paiement par défaut',
    agingBounds: 'Tranches de la balance âgée',
    terms: {
      net: '{{days}} jours date de facture',
      end_of_month_then_days: 'Fin de mois + {{days}} jours',
      days_then_end_of_month: '{{days}} jours fin de mois',
    },
    ledgerTitle: 'Fichier',
    ledgerPath: 'Emplacement',
    schemaVersion: 'Version du format',
    updatedAt: 'Dernière modification',
  },
  ...formsFr,
  ...clientFileFr,
  ...ledgerEntriesFr,
  ...disputesFr,
  ...importsFr,
  ...remindersFr,
  ...callsFr,
  ...dunningSettingsFr,
};

/** The shape every language must follow: same keys, any strings. */
type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };
export type Translation = Widen<typeof fr>;
