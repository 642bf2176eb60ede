import type { IsoDate } from '../../../shared/domain/dates';

/** 1015 → « 10,15 % » (no-break space before the sign, as French typography wants). */
export function formatRateBp(rateBp: number): string {
  const units = Math.floor(rateBp / 100);
  return `${units},${String(rateBp % 100).padStart(2, '0')}\u00a0%`;
}

/** The first day of the half-year containing a date: YYYY-01-01 or YYYY-07-01. */
export function halfYearStartOf(date: IsoDate): IsoDate {
  const month = Number(date.slice(5, 7));
  return `${date.slice(0, 4)}-${month < 7 ? '01' : '07'}-01`;
}

/** 2026-07-01 → « 2e semestre 2026 ». */
export function halfYearLabel(halfYearStart: IsoDate): string {
  return `${halfYearStart.slice(5, 7) === '01' ? '1er' : '2e'} semestre ${halfYearStart.slice(0, 4)}`;
}
