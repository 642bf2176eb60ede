import { z } from 'zod';
import type { Contact, PreferredChannel } from '../../shared/contract/client-file.types';
import { emailText, optionalText, requiredText } from '../forms/form-schemas';

export const CHANNELS: readonly PreferredChannel[] = ['email', 'phone', 'letter'];

export type ContactFormValues = {
  name: string;
  role: string;
  email: string;
  phone: string;
  mobile: string;
  preferredChannel: string;
  isPrimaryBilling: boolean;
};

export function contactFormValues(contact?: Contact): ContactFormValues {
  return {
    name: contact?.name ?? '',
    role: contact?.role ?? '',
    email: contact?.email ?? '',
    phone: contact?.phone ?? '',
    mobile: contact?.mobile ?? '',
    preferredChannel: contact?.preferredChannel ?? 'email',
    isPrimaryBilling: contact?.isPrimaryBilling ?? false,
  };
}

/** The fields of `contacts.create` / `contacts.update` (without the client or contact id). */
export const contactSchema = z.object({
  name: requiredText(200),
  role: optionalText(100),
  email: emailText,
  phone: optionalText(40),
  mobile: optionalText(40),
  preferredChannel: z.enum(['email', 'phone', 'letter']),
  isPrimaryBilling: z.boolean(),
});
