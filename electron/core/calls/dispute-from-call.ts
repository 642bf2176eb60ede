import type { Transaction } from 'kysely';
import type { DisputeReason } from '../../../shared/contract/client-file.types';
import type { IsoDate } from '../../../shared/domain/dates';
import type { DB } from '../db/tables';
import { openDispute } from '../disputes/open-dispute';

export interface DisputeFromCall {
  invoiceId: number;
  reason: DisputeReason;
  disputedCents: number | null;
  comment: string;
}

/** Opens the dispute a call raised, inside the call's transaction: disputes.open's rules, on this client's invoice. */
export async function openDisputeFromCall(
  trx: Transaction<DB>,
  clientId: number,
  dispute: DisputeFromCall,
  today: IsoDate,
  owner: string,
): Promise<number> {
  return openDispute(trx, {
    ...dispute,
    owner,
    openedOn: today,
    clientId,
    fieldPrefix: 'dispute.',
    data: { fromCall: true },
  });
}
