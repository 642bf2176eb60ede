import type { FecClientBalance, FecReport, ImportNotice } from '../../../../shared/contract/imports.types';
import type { PaymentTerms } from '../../../../shared/domain/payment-terms';
import { formatCentsPlain } from '../../format';
import type { ImportProgress } from '../import-progress';
import type { RowErrors } from '../row-errors';
import type { FecDocument } from './fec-documents';
import type { LetteringPlan } from './fec-lettering';
import type { fileBalances } from './fec-reconcile';
import type { FecPlan } from './fec-plan';

/** What reading and checking a FEC found, before the ledger is involved. */
export interface CheckedFec {
  fileName: string;
  fileLines: number;
  customerLines: number;
  documents: FecDocument[];
  lettering: LetteringPlan;
  balances: ReturnType<typeof fileBalances>;
  errors: RowErrors;
  progress: ImportProgress;
}

const termsText = (terms: PaymentTerms) =>
  terms.mode === 'net'
    ? `${terms.days} jours nets`
    : terms.mode === 'days_then_end_of_month'
      ? `${terms.days} jours fin de mois`
      : `fin de mois + ${terms.days} jours`;

function notices(fec: CheckedFec, plan: FecPlan, reconciliation: FecClientBalance[]): ImportNotice[] {
  const list: ImportNotice[] = [];
  const opening = fec.documents.filter((d) => d.opening).length;
  if (opening > 0)
    list.push({
      code: 'opening_balance',
      message: `${opening} ligne(s) d'à-nouveaux importée(s) comme pièces d'ouverture, datées du jour d'ouverture.`,
    });
  if (plan.openingSkipped > 0)
    list.push({
      code: 'opening_skipped',
      message: `${plan.openingSkipped} ligne(s) d'à-nouveaux ignorée(s) : le détail de ces clients est déjà dans Encaisse (exercice précédent).`,
    });
  if (fec.lettering.unbalanced > 0)
    list.push({
      code: 'unbalanced_lettering',
      message: `${fec.lettering.unbalanced} lettrage(s) non soldé(s) dans le fichier (pièces d'un exercice antérieur) : le reste demeure ouvert.`,
    });
  const off = reconciliation.filter((r) => r.differenceCents !== 0);
  if (off.length > 0)
    list.push({
      code: 'reconciliation_difference',
      message: `${off.length} client(s) dont l'encours diffère du solde 411 du fichier (écart total ${formatCentsPlain(
        off.reduce((s, r) => s + Math.abs(r.differenceCents), 0),
      )}) : pièces déjà présentes dans Encaisse ou lignes refusées.`,
    });
  return list;
}

export function fecReport(
  fec: CheckedFec,
  plan: FecPlan,
  reconciliation: FecClientBalance[],
  companyTerms: PaymentTerms,
  written: boolean,
): FecReport {
  const rejectedRows = fec.errors.rejectedRows.size;
  return {
    kind: 'fec',
    fileName: fec.fileName,
    written,
    totalRows: fec.fileLines,
    validRows: fec.fileLines - rejectedRows,
    rejectedRows,
    ...plan.counts,
    errors: fec.errors.listed(),
    errorCount: fec.errors.count,
    notices: notices(fec, plan, reconciliation),
    fileLines: fec.fileLines,
    customerLines: fec.customerLines,
    openingLines: fec.documents.filter((d) => d.opening).length - plan.openingSkipped,
    lettering: { groups: fec.lettering.groups, balanced: fec.lettering.balanced, unbalanced: fec.lettering.unbalanced },
    dueDateRule: {
      terms: companyTerms,
      message: `Le FEC ne contient pas d'échéances : elles sont calculées selon les conditions de paiement de chaque client, à défaut celles de la société (${termsText(companyTerms)}).`,
    },
    reconciliation,
    reconciled: reconciliation.every((r) => r.differenceCents === 0),
  };
}
