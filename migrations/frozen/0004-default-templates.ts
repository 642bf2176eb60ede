/**
 * The letter templates shipped by migration 0004, as they were written then. Frozen in time like the
 * migration itself: later changes to the defaults go in a new migration, never here.
 *
 * `{{field}}` is replaced by its value; a line holding only `{{invoices.table}}`, `{{totals.table}}` or
 * `{{payment.details}}` becomes that block. Paragraphs are separated by a blank line.
 */
export interface FrozenTemplate {
  code: string;
  name: string;
  language: 'fr' | 'en';
  level: 'courtesy' | 'reminder_1' | 'reminder_2' | 'formal_notice' | 'statement' | 'call_script';
  subject: string;
  body: string;
}

export const DEFAULT_TEMPLATES: FrozenTemplate[] = [
  {
    code: 'fr.courtesy',
    name: 'Rappel de courtoisie (avant échéance)',
    language: 'fr',
    level: 'courtesy',
    subject: 'Rappel : facture(s) arrivant à échéance',
    body: `Madame, Monsieur,

Sauf erreur de notre part, les factures ci-dessous arrivent prochainement à échéance. Nous nous permettons de vous le rappeler afin de faciliter leur règlement dans les délais convenus.

{{invoices.table}}

{{payment.details}}

Si le règlement est déjà en cours, nous vous remercions et vous prions de ne pas tenir compte de ce message.

Nous vous prions d'agréer, Madame, Monsieur, nos salutations distinguées.`,
  },
  {
    code: 'fr.reminder_1',
    name: 'Première relance',
    language: 'fr',
    level: 'reminder_1',
    subject: 'Relance : facture(s) échue(s) restant à régler',
    body: `Madame, Monsieur,

Sauf erreur ou omission de notre part, nous n'avons pas encore reçu le règlement des factures suivantes, arrivées à échéance :

{{invoices.table}}

Le montant restant dû s'élève à {{total.open}}. Il s'agit peut-être d'un simple oubli : nous vous remercions de bien vouloir procéder à son règlement dans les meilleurs délais.

{{payment.details}}

Si votre règlement a été effectué entre-temps, nous vous prions de ne pas tenir compte de la présente.

Nous vous prions d'agréer, Madame, Monsieur, nos salutations distinguées.`,
  },
  {
    code: 'fr.reminder_2',
    name: 'Deuxième relance',
    language: 'fr',
    level: 'reminder_2',
    subject: 'Deuxième relance : factures impayées',
    body: `Madame, Monsieur,

Malgré notre précédente relance, les factures ci-dessous demeurent impayées à ce jour :

{{invoices.table}}

{{totals.table}}

Nous vous rappelons que, conformément à l'article L441-10 du Code de commerce, tout retard de paiement fait courir de plein droit des pénalités de retard ({{interest.rate_text}}) ainsi qu'une indemnité forfaitaire pour frais de recouvrement de 40 € par facture.

Nous vous demandons de régulariser cette situation au plus tard le {{deadline.date}}.

{{payment.details}}

Nous vous prions d'agréer, Madame, Monsieur, nos salutations distinguées.`,
  },
  {
    code: 'fr.formal_notice',
    name: 'Mise en demeure',
    language: 'fr',
    level: 'formal_notice',
    subject: 'Mise en demeure de payer',
    body: `Madame, Monsieur,

Malgré nos relances, la société {{client.name}} reste redevable envers la société {{company.name}} des sommes détaillées ci-dessous :

{{invoices.table}}

{{totals.table}}

Ces sommes comprennent les pénalités de retard dues de plein droit au titre de l'article L441-10 du Code de commerce ({{interest.rate_text}}), calculées facture par facture, et l'indemnité forfaitaire pour frais de recouvrement de 40 € par facture prévue à l'article D441-5 du même code.

Par la présente, nous vous mettons en demeure, au sens de l'article 1344 du Code civil, de nous régler la somme de {{total.claimed}} dans un délai de {{deadline.days}} jours, soit au plus tard le {{deadline.date}}.

{{payment.details}}

À défaut de règlement dans ce délai, nous saisirons sans autre avis le président du tribunal de commerce compétent d'une requête en injonction de payer, les frais de procédure restant à votre charge.

Nous vous prions d'agréer, Madame, Monsieur, nos salutations distinguées.`,
  },
  {
    code: 'fr.statement',
    name: 'Relevé de compte',
    language: 'fr',
    level: 'statement',
    subject: 'Relevé de compte au {{letter.date}}',
    body: `Madame, Monsieur,

Veuillez trouver ci-dessous le relevé des factures restant dues sur votre compte client {{client.code}} au {{letter.date}} :

{{invoices.table}}

{{totals.table}}

{{payment.details}}

Nous restons à votre disposition pour tout renseignement.

Nous vous prions d'agréer, Madame, Monsieur, nos salutations distinguées.`,
  },
  {
    code: 'fr.call_script',
    name: "Script d'appel",
    language: 'fr',
    level: 'call_script',
    subject: 'Appel de relance',
    body: `Bonjour, {{signatory.name}} de la société {{company.name}}. Je souhaiterais parler à {{contact.name}} au sujet du règlement de nos factures.

Nous avons {{invoices.count}} facture(s) échue(s) pour un total de {{total.overdue}}. Pouvez-vous me dire où en est leur règlement ?

Si le client annonce un paiement : noter la date et le montant (promesse de règlement). S'il conteste une facture : noter le motif (litige).`,
  },
  {
    code: 'en.courtesy',
    name: 'Courtesy reminder (before due date)',
    language: 'en',
    level: 'courtesy',
    subject: 'Reminder: invoice(s) falling due soon',
    body: `Dear Sir or Madam,

Our records show that the invoices below fall due shortly. We are sending this reminder to help you settle them on time.

{{invoices.table}}

{{payment.details}}

If payment is already on its way, thank you, and please disregard this message.

Yours faithfully,`,
  },
  {
    code: 'en.reminder_1',
    name: 'First reminder',
    language: 'en',
    level: 'reminder_1',
    subject: 'Reminder: overdue invoice(s)',
    body: `Dear Sir or Madam,

Unless we are mistaken, we have not yet received payment of the following invoices, which are now overdue:

{{invoices.table}}

The amount outstanding is {{total.open}}. This may be an oversight: please arrange payment at your earliest convenience.

{{payment.details}}

If you have paid in the meantime, please disregard this letter.

Yours faithfully,`,
  },
  {
    code: 'en.reminder_2',
    name: 'Second reminder',
    language: 'en',
    level: 'reminder_2',
    subject: 'Second reminder: unpaid invoices',
    body: `Dear Sir or Madam,

Despite our previous reminder, the invoices below remain unpaid:

{{invoices.table}}

{{totals.table}}

Under article L441-10 of the French Commercial Code, late payment automatically incurs late-payment interest ({{interest.rate_text}}) and a fixed recovery fee of €40 per invoice.

Please settle this amount by {{deadline.date}} at the latest.

{{payment.details}}

Yours faithfully,`,
  },
  {
    code: 'en.formal_notice',
    name: 'Formal notice (mise en demeure)',
    language: 'en',
    level: 'formal_notice',
    subject: 'Formal notice to pay (mise en demeure)',
    body: `Dear Sir or Madam,

Despite our reminders, {{client.name}} still owes {{company.name}} the amounts detailed below:

{{invoices.table}}

{{totals.table}}

These amounts include the late-payment interest due by law under article L441-10 of the French Commercial Code ({{interest.rate_text}}), computed invoice by invoice, and the fixed recovery fee of €40 per invoice under article D441-5.

We hereby give you formal notice (mise en demeure, article 1344 of the French Civil Code) to pay {{total.claimed}} within {{deadline.days}} days, that is by {{deadline.date}} at the latest.

{{payment.details}}

Failing payment within this time, we will apply without further notice to the president of the competent commercial court (tribunal de commerce) for an order for payment (injonction de payer), at your expense.

Yours faithfully,`,
  },
  {
    code: 'en.statement',
    name: 'Statement of account',
    language: 'en',
    level: 'statement',
    subject: 'Statement of account as at {{letter.date}}',
    body: `Dear Sir or Madam,

Please find below the statement of the invoices outstanding on your account {{client.code}} as at {{letter.date}}:

{{invoices.table}}

{{totals.table}}

{{payment.details}}

We remain at your disposal for any question.

Yours faithfully,`,
  },
  {
    code: 'en.call_script',
    name: 'Call script',
    language: 'en',
    level: 'call_script',
    subject: 'Follow-up call',
    body: `Hello, this is {{signatory.name}} from {{company.name}}. May I speak to {{contact.name}} about the payment of our invoices?

We have {{invoices.count}} overdue invoice(s) for a total of {{total.overdue}}. Could you tell me where their payment stands?

If the client announces a payment: note its date and amount (promise to pay). If they dispute an invoice: note the reason (dispute).`,
  },
];
