/** Vocabulary of a French SME's customers: trades, legal forms, job titles, banks, dispute wording. */

export const ACTIVITIES = [
  'Boulangerie',
  'Boucherie',
  'Charcuterie',
  'Pâtisserie',
  'Traiteur',
  'Restaurant',
  'Brasserie',
  'Hôtel',
  'Garage',
  'Carrosserie',
  'Transports',
  'Menuiserie',
  'Ébénisterie',
  'Charpente',
  'Maçonnerie',
  'Plomberie',
  'Chauffage',
  'Électricité',
  'Peinture',
  'Plâtrerie',
  'Couverture',
  'Serrurerie',
  'Métallerie',
  'Imprimerie',
  'Pharmacie',
  'Fromagerie',
  'Quincaillerie',
  'Jardinerie',
  'Paysages',
  'Nettoyage',
  'Informatique',
  'Conseil',
  'Architecture',
  "Bureau d'études",
  'Ambulances',
  'Librairie',
  'Optique',
  'Laboratoire',
  'Travaux publics',
  'Terrassement',
  'Climatisation',
  'Froid industriel',
  'Emballages',
  'Mécanique de précision',
  'Chaudronnerie',
  'Usinage',
  'Scierie',
  'Matériaux',
  'Logistique',
  'Déménagements',
  'Location de matériel',
  'Sécurité',
  'Signalétique',
  'Communication',
  'Événementiel',
  'Agencement',
  'Cave',
  'Fleurs',
  'Auto-école',
  'Pressing',
] as const;

/** Invented trade names ("BATITEC", "PROXINET") for the share of clients that have one. */
export const BRAND_STEMS = [
  'Bati',
  'Meca',
  'Proxi',
  'Elec',
  'Thermo',
  'Agri',
  'Techni',
  'Alu',
  'Sota',
  'Inno',
  'Hydro',
  'Gestio',
] as const;
export const BRAND_ENDINGS = [
  'tec',
  'plast',
  'net',
  'concept',
  'france',
  'ouest',
  'services',
  'pro',
  'log',
  'sud',
] as const;

export const LEGAL_FORMS: ReadonlyArray<readonly [string, number]> = [
  ['SARL', 35],
  ['SAS', 28],
  ['SASU', 10],
  ['EURL', 10],
  ['SA', 5],
  ['SNC', 3],
  ['', 9], // sole traders: no legal form in the name
];

/** Job titles as [masculine, feminine]: the title agrees with the contact's first name. */
export const BILLING_ROLES: ReadonlyArray<readonly [string, string]> = [
  ['Comptabilité fournisseurs', 'Comptabilité fournisseurs'],
  ['Service comptabilité', 'Service comptabilité'],
  ['Comptable', 'Comptable'],
  ['Assistant administratif', 'Assistante administrative'],
];
export const OTHER_ROLES: ReadonlyArray<readonly [string, string]> = [
  ['Gérant', 'Gérante'],
  ['Directeur administratif et financier', 'Directrice administrative et financière'],
  ['Responsable achats', 'Responsable achats'],
  ['Assistant de direction', 'Assistante de direction'],
  ['Conducteur de travaux', 'Conductrice de travaux'],
  ['Directeur général', 'Directrice générale'],
];

/** Banks with their real bank code (code banque) and BIC. */
export const BANKS: ReadonlyArray<{ name: string; code: string; bic: string }> = [
  { name: 'BNP Paribas', code: '30004', bic: 'BNPAFRPPXXX' },
  { name: 'Société Générale', code: '30003', bic: 'SOGEFRPPXXX' },
  { name: 'CIC', code: '30066', bic: 'CMCIFRPPXXX' },
  { name: 'La Banque Postale', code: '20041', bic: 'PSSTFRPPXXX' },
];

export type DisputeReason = 'price' | 'quantity' | 'quality' | 'delivery' | 'billing' | 'duplicate' | 'other';

export const DISPUTE_COMMENTS: Record<DisputeReason, string> = {
  price: 'Prix facturé différent du devis accepté',
  quantity: 'Quantité facturée supérieure à la quantité livrée',
  quality: 'Défauts constatés à la réception, réserves sur le bon de livraison',
  delivery: 'Livraison incomplète : reliquat non reçu',
  billing: 'Numéro de bon de commande absent de la facture',
  duplicate: 'Le client signale une facture en double',
  other: 'Contestation en attente de précisions du client',
};

/** Client notes by payment behaviour: what a collector would have written down. */
export const BEHAVIOUR_NOTES = {
  punctual: '',
  slightly_late: 'Règle en général quelques jours après l’échéance.',
  chronic_late: 'Paie souvent après relance téléphonique. Demander le service comptable.',
  bad_payer: 'Client à surveiller : retards répétés, relances écrites nécessaires.',
} as const;
