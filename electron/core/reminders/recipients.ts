import type { CoreContext } from '../context';

/** Who an action is addressed to: the client's postal address and its billing contact. */
export interface Recipient {
  clientId: number;
  code: string;
  name: string;
  /** Client name, street lines, postal code + city, country when not France. */
  addressLines: string[];
  hasPostalAddress: boolean;
  contactName: string;
  email: string;
}

const CHUNK = 500;

export async function loadRecipients(ctx: CoreContext, clientIds: readonly number[]): Promise<Map<number, Recipient>> {
  const recipients = new Map<number, Recipient>();
  for (let start = 0; start < clientIds.length; start += CHUNK) {
    const ids = clientIds.slice(start, start + CHUNK);
    const clients = await ctx.db
      .selectFrom('client')
      .select(['id', 'code', 'name', 'address_line1', 'address_line2', 'postal_code', 'city', 'country'])
      .where('id', 'in', ids)
      .execute();
    const contacts = await ctx.db
      .selectFrom('contact')
      .select(['id', 'client_id', 'name', 'email', 'is_primary_billing'])
      .where('client_id', 'in', ids)
      .where('archived', '=', 0)
      .execute();
    contacts.sort((a, b) => b.is_primary_billing - a.is_primary_billing || a.id - b.id);
    const contactsOf = new Map<number, typeof contacts>();
    for (const k of contacts) contactsOf.set(k.client_id, [...(contactsOf.get(k.client_id) ?? []), k]);
    for (const c of clients) {
      const mine = contactsOf.get(c.id) ?? [];
      // The primary billing contact first; failing an email there, any active contact that has one.
      const primary = mine.find((k) => k.is_primary_billing === 1);
      const withEmail = primary?.email ? primary : mine.find((k) => k.email !== '');
      const cityLine = [c.postal_code, c.city].filter((v) => v !== '').join(' ');
      const country = c.country !== '' && c.country.toUpperCase() !== 'FR' ? [c.country] : [];
      recipients.set(c.id, {
        clientId: c.id,
        code: c.code,
        name: c.name,
        addressLines: [c.name, c.address_line1, c.address_line2, cityLine, ...country].filter((v) => v !== ''),
        hasPostalAddress: c.address_line1 !== '' && c.postal_code !== '' && c.city !== '',
        contactName: (withEmail ?? primary ?? mine[0])?.name ?? '',
        email: withEmail?.email ?? '',
      });
    }
  }
  return recipients;
}
