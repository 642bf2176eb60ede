import type { CallReason } from '../../../shared/contract/calls.types';
import { formatMoney } from '../../../shared/domain/money';
import { frenchDay, stepLabel } from '../reminders/labels';

/** Why a client is on the call list, in French (printed list, CLI). */
export function reasonText(reason: CallReason): string {
  switch (reason.kind) {
    case 'call_step':
      return `appel ${stepLabel(reason.offsetDays)} du scénario ${reason.planName}`;
    case 'callback':
      return `rappel prévu le ${frenchDay(reason.dueDate)}${reason.note ? ` (${reason.note})` : ''}`;
    case 'broken_promise':
      return `promesse de ${formatMoney(reason.amountCents)} du ${frenchDay(reason.promisedDate)} non tenue`;
    case 'credit_limit':
      return `encours ${formatMoney(reason.exposureCents)} au-delà du plafond de ${formatMoney(reason.creditLimitCents)}`;
  }
}
