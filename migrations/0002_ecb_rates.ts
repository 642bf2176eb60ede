import { sql, type Kysely } from 'kysely';

/**
 * Ships the ECB main refinancing operations rate history used for late-payment penalties (L441-10 II).
 * Rates in basis points (4.50 % = 450). The user can correct and extend the table afterwards (offline app).
 */
const ECB_MAIN_REFINANCING_RATES: Array<[string, number]> = [
  ['2016-03-16', 0],
  ['2022-07-27', 50],
  ['2022-09-14', 125],
  ['2022-11-02', 200],
  ['2022-12-21', 250],
  ['2023-02-08', 300],
  ['2023-03-22', 350],
  ['2023-05-10', 375],
  ['2023-06-21', 400],
  ['2023-08-02', 425],
  ['2023-09-20', 450],
  ['2024-06-12', 425],
  ['2024-09-18', 365],
  ['2024-10-23', 340],
  ['2024-12-18', 315],
  ['2025-02-05', 290],
  ['2025-03-12', 265],
  ['2025-04-23', 240],
  ['2025-06-11', 215],
];

export async function up(db: Kysely<any>): Promise<void> {
  for (const [effectiveDate, rateBp] of ECB_MAIN_REFINANCING_RATES) {
    await sql`INSERT OR IGNORE INTO ecb_rate (effective_date, rate_bp) VALUES (${effectiveDate}, ${rateBp})`.execute(
      db,
    );
  }
}
