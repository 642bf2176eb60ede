import type { Translation } from './fr';

export const formsEn: Pick<Translation, 'form'> = {
  form: {
    cancel: 'Cancel',
    save: 'Save',
    errors: {
      required: 'Required',
      tooLong: 'Too long',
      invalidAmount: 'Unreadable amount: write e.g. 1 234,56 or 1234.56',
      tooPrecise: 'Two decimals at most (cents)',
      tooLarge: 'Amount too large',
      positive: 'The amount must be greater than zero',
      negative: 'The amount cannot be negative',
      siren: 'A SIREN has 9 digits',
      email: 'Invalid email address',
      date: 'Invalid date',
      dueBeforeIssue: 'The due date cannot be before the invoice date',
      exclVatOverAmount: 'The amount excl. VAT cannot exceed the amount incl. VAT',
      days: 'A number of days between 0 and 365',
      country: 'Two-letter country code (FR, BE…)',
      overOpen: 'More than the invoice’s open amount',
      overAvailable: 'The total exceeds the amount available ({{amount}})',
      nothingToAllocate: 'Enter at least one amount to allocate',
    },
  },
};
