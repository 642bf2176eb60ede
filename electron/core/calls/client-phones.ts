import type { Kysely, Transaction } from 'kysely';
import { reachedOutcomes, type DialNumber } from '../../../shared/contract/calls.types';
import type { DB } from '../db/tables';
import { parsePhone, telLink } from './phone-number';

type Db = Kysely<DB> | Transaction<DB>;

export interface ClientPhones {
  /** Best first: the number that last reached someone, then the billing contact's, then the others; numbers
   * whose last call found a wrong number go last. */
  phones: DialNumber[];
  bad: Array<{ number: string; contactName: string; message: string }>;
}

const REACHED = new Set<string>(reachedOutcomes);

export async function loadClientPhones(db: Db, clientIds: number[]): Promise<Map<number, ClientPhones>> {
  const result = new Map<number, ClientPhones>();
  for (let i = 0; i < clientIds.length; i += 500) {
    const ids = clientIds.slice(i, i + 500);
    const contacts = await db
      .selectFrom('contact')
      .select(['id', 'client_id', 'name', 'phone', 'mobile', 'preferred_channel', 'is_primary_billing'])
      .where('client_id', 'in', ids)
      .where('archived', '=', 0)
      .orderBy('client_id')
      .orderBy('is_primary_billing', 'desc')
      .orderBy('id')
      .execute();
    const calls = await db
      .selectFrom('call_log')
      .select(['id', 'client_id', 'phone', 'outcome'])
      .where('client_id', 'in', ids)
      .orderBy('id')
      .execute();
    // Per client and number: the id of the last call that reached someone, and whether the last call said wrong.
    const history = new Map<string, { reachedId: number; wrong: boolean }>();
    for (const call of calls) {
      const key = `${call.client_id}|${call.phone}`;
      const h = history.get(key) ?? { reachedId: 0, wrong: false };
      h.wrong = call.outcome === 'wrong_number';
      if (REACHED.has(call.outcome)) h.reachedId = call.id;
      history.set(key, h);
    }
    for (const contact of contacts) {
      const entry = result.get(contact.client_id) ?? { phones: [], bad: [] };
      const kinds: Array<['phone' | 'mobile', string]> = [
        ['phone', contact.phone],
        ['mobile', contact.mobile],
      ];
      if (contact.preferred_channel === 'phone' && contact.mobile !== '' && contact.phone === '') kinds.reverse();
      for (const [kind, number] of kinds) {
        if (number.trim() === '') continue;
        const parsed = parsePhone(number);
        if (!parsed.ok) {
          entry.bad.push({ number, contactName: contact.name, message: parsed.reason });
          continue;
        }
        if (entry.phones.some((p) => p.e164 === parsed.e164)) continue;
        entry.phones.push({
          number,
          e164: parsed.e164,
          tel: telLink(parsed.e164),
          display: parsed.display,
          kind,
          contactId: contact.id,
          contactName: contact.name,
        });
      }
      result.set(contact.client_id, entry);
    }
    for (const [clientId, entry] of result) {
      if (!ids.includes(clientId)) continue;
      const order = new Map(entry.phones.map((p, index) => [p.e164, index]));
      const h = (p: DialNumber) => history.get(`${clientId}|${p.e164}`) ?? { reachedId: 0, wrong: false };
      entry.phones.sort(
        (a, b) =>
          Number(h(a).wrong) - Number(h(b).wrong) ||
          h(b).reachedId - h(a).reachedId ||
          order.get(a.e164)! - order.get(b.e164)!,
      );
    }
  }
  return result;
}

/** The number to dial first (a number last found wrong is only offered when there is no other). */
export function bestPhone(phones: ClientPhones | undefined): DialNumber | null {
  return phones?.phones[0] ?? null;
}
