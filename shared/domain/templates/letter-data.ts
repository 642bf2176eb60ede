import type {
  DunningChannel,
  LetterInvoiceLine,
  LetterTotals,
  TemplateLanguage,
  TemplateLevel,
} from '../../contract/reminders.types';
import type { IsoDate } from '../dates';
import type { InterestPeriod, PenaltyRule } from '../late-interest';

/** Everything a letter shows besides its template: JSON-safe, so previews and PDFs read the same figures. */
export interface LetterCompany {
  name: string;
  legalForm: string;
  addressLines: string[];
  city: string;
  siren: string;
  vatNumber: string;
  phone: string;
  email: string;
  iban: string;
  bic: string;
  signatoryName: string;
  signatoryTitle: string;
}

export interface LetterData {
  language: TemplateLanguage;
  level: TemplateLevel;
  channel: DunningChannel;
  date: IsoDate;
  company: LetterCompany;
  client: { id: number; code: string; name: string; addressLines: string[] };
  /** The billing contact, when the client has one. */
  contact: { name: string; email: string } | null;
  invoices: LetterInvoiceLine[];
  /** Per invoice (same order), the half-year periods of its interest. */
  periods: InterestPeriod[][];
  totals: LetterTotals;
  /** Interest and indemnity shown (reminder 2, formal notice, statement). */
  showInterest: boolean;
  rule: PenaltyRule;
  /** The penalty rate of the letter date's half-year, when it is known. */
  currentRateBp: number | null;
  deadlineDays: number;
}
