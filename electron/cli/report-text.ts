import type { AgedBalance, AgingBucket, Exposure } from '../../shared/contract/types';
import type { IsoDate } from '../../shared/domain/dates';
import { formatMoney } from '../../shared/domain/money';
import { frenchDate, frenchInteger, textTable } from './text-format';

/** The human (French) renderings of the `report` command. */

const UNALLOCATED = 'Avances et avoirs non lettrés';

function negative(cents: number): string {
  return formatMoney(cents === 0 ? 0 : -cents);
}

export function bucketLabel(bucket: AgingBucket): string {
  if (bucket.key === 'not_due') return 'Non échu';
  if (bucket.maxDaysLate === null) return `Plus de ${bucket.minDaysLate - 1} jours`;
  return `${bucket.minDaysLate} à ${bucket.maxDaysLate} jours`;
}

export function exposureText(companyName: string, today: IsoDate, exposure: Exposure): string {
  const title = `${companyName} — encours client au ${frenchDate(today)}\n\n`;
  return (
    title +
    textTable(
      [
        ['Factures à émettre', formatMoney(exposure.toIssueCents)],
        ['Non échu', formatMoney(exposure.notDueCents)],
        ['Échu', formatMoney(exposure.overdueCents)],
        [UNALLOCATED, negative(exposure.unallocatedCreditsCents)],
        null,
        ['Encours total', formatMoney(exposure.totalCents)],
      ],
      ['left', 'right'],
    )
  );
}

export function agingText(companyName: string, aging: AgedBalance): string {
  const title = `${companyName} — balance âgée au ${frenchDate(aging.today)}\n\n`;
  const count = aging.buckets.reduce((sum, b) => sum + b.invoiceCount, 0);
  return (
    title +
    textTable(
      [
        ['Tranche', 'Factures', 'Montant'],
        null,
        ['Factures à émettre', '', formatMoney(aging.toIssueCents)],
        ...aging.buckets.map((b) => [bucketLabel(b), frenchInteger(b.invoiceCount), formatMoney(b.amountCents)]),
        [UNALLOCATED, '', negative(aging.unallocatedCreditsCents)],
        null,
        ['Total', frenchInteger(count), formatMoney(aging.totalCents)],
      ],
      ['left', 'right', 'right'],
    )
  );
}
