import type { Kysely, Transaction } from 'kysely';
import { CoreError } from '../../../shared/contract/errors';
import type { EcbRate, LegalRate } from '../../../shared/contract/reminders.types';
import type { IsoDate } from '../../../shared/domain/dates';
import type { DB } from '../db/tables';
import { halfYearLabel } from './rate-text';

type Db = Kysely<DB> | Transaction<DB>;

/** ECB main refinancing rate changes, oldest first. */
export async function listEcbRates(db: Db): Promise<EcbRate[]> {
  const rows = await db
    .selectFrom('ecb_rate')
    .select(['effective_date', 'rate_bp'])
    .orderBy('effective_date')
    .execute();
  return rows.map((row) => ({ effectiveDate: row.effective_date, rateBp: row.rate_bp }));
}

/** Legal interest rates per half-year, oldest first. */
export async function listLegalRates(db: Db): Promise<LegalRate[]> {
  const rows = await db
    .selectFrom('legal_rate')
    .select(['half_year_start', 'professional_rate_bp', 'consumer_rate_bp'])
    .orderBy('half_year_start')
    .execute();
  return rows.map((row) => ({
    halfYearStart: row.half_year_start,
    professionalRateBp: row.professional_rate_bp,
    consumerRateBp: row.consumer_rate_bp,
  }));
}

/** The legal rate of a half-year: its own row, else the latest published before it (arrêtés come late). */
export async function legalRateFor(db: Db, halfYearStart: IsoDate): Promise<LegalRate | null> {
  const row = await db
    .selectFrom('legal_rate')
    .select(['half_year_start', 'professional_rate_bp', 'consumer_rate_bp'])
    .where('half_year_start', '<=', halfYearStart)
    .orderBy('half_year_start', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row
    ? {
        halfYearStart: row.half_year_start,
        professionalRateBp: row.professional_rate_bp,
        consumerRateBp: row.consumer_rate_bp,
      }
    : null;
}

/** Refuses a table where a date appears twice, naming the second row (field `rates.N.<dateField>`). */
function requireDistinctDates(dates: IsoDate[], dateField: string, describe: (date: IsoDate) => string): void {
  const firstRow = new Map<IsoDate, number>();
  dates.forEach((date, index) => {
    const first = firstRow.get(date);
    if (first !== undefined) {
      throw new CoreError(
        'validation',
        `${describe(date)} est saisi deux fois (lignes ${first + 1} et ${index + 1}) : une seule valeur par date.`,
        `rates.${index}.${dateField}`,
      );
    }
    firstRow.set(date, index);
  });
}

/** Replaces the whole ECB table in one transaction. */
export async function saveEcbRates(db: Kysely<DB>, rates: EcbRate[]): Promise<EcbRate[]> {
  requireDistinctDates(
    rates.map((rate) => rate.effectiveDate),
    'effectiveDate',
    (date) => `Le taux BCE du ${date}`,
  );
  const sorted = [...rates].sort((a, b) => a.effectiveDate.localeCompare(b.effectiveDate));
  return db.transaction().execute(async (trx) => {
    await trx.deleteFrom('ecb_rate').execute();
    await trx
      .insertInto('ecb_rate')
      .values(sorted.map((rate) => ({ effective_date: rate.effectiveDate, rate_bp: rate.rateBp })))
      .execute();
    return listEcbRates(trx);
  });
}

/** Replaces the whole legal rate table in one transaction. */
export async function saveLegalRates(db: Kysely<DB>, rates: LegalRate[]): Promise<LegalRate[]> {
  requireDistinctDates(
    rates.map((rate) => rate.halfYearStart),
    'halfYearStart',
    (date) => `Le taux légal du ${halfYearLabel(date)}`,
  );
  const sorted = [...rates].sort((a, b) => a.halfYearStart.localeCompare(b.halfYearStart));
  return db.transaction().execute(async (trx) => {
    await trx.deleteFrom('legal_rate').execute();
    await trx
      .insertInto('legal_rate')
      .values(
        sorted.map((rate) => ({
          half_year_start: rate.halfYearStart,
          professional_rate_bp: rate.professionalRateBp,
          consumer_rate_bp: rate.consumerRateBp,
        })),
      )
      .execute();
    return listLegalRates(trx);
  });
}
