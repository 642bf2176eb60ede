import { BILLING_ROLES, OTHER_ROLES } from './french-business';
import { FEMALE_FIRST_NAMES, MALE_FIRST_NAMES, slug, SURNAMES } from './french-names';
import { landline, mobile } from './identifiers';
import type { DemoClient } from './client-identity';
import type { Random } from './random';

export interface DemoContact {
  name: string;
  role: string;
  email: string;
  phone: string;
  mobile: string;
  preferredChannel: 'email' | 'phone' | 'letter';
  isPrimaryBilling: boolean;
}

export function personName(rng: Random): { first: string; last: string; female: boolean } {
  const female = rng.chance(0.5);
  return { first: rng.pick(female ? FEMALE_FIRST_NAMES : MALE_FIRST_NAMES), last: rng.pick(SURNAMES), female };
}

/** One to three people at the client; the first is the primary billing contact (who gets the reminders). */
export function generateContacts(rng: Random, client: DemoClient): DemoContact[] {
  const count = rng.weighted([
    [1, 45],
    [2, 35],
    [3, 20],
  ] as const);
  const contacts: DemoContact[] = [];
  for (let i = 0; i < count; i++) {
    const { first, last, female } = personName(rng);
    const billing = i === 0;
    const personal = `${slug(first, '.')}.${slug(last, '.')}@${client.domain}`;
    contacts.push({
      name: `${first} ${last}`,
      role: rng.pick(billing ? BILLING_ROLES : OTHER_ROLES)[female ? 1 : 0],
      email: billing && rng.chance(0.5) ? `compta@${client.domain}` : personal,
      phone: landline(rng, client.town.phonePrefix),
      mobile: billing && rng.chance(0.6) ? '' : mobile(rng),
      preferredChannel: rng.weighted([
        ['email', 75],
        ['phone', 20],
        ['letter', 5],
      ] as const),
      isPrimaryBilling: billing,
    });
  }
  return contacts;
}
