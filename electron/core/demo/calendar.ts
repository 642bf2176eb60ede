import { addDays, type IsoDate } from '../../../shared/domain/dates';
import { dueDateFor, type PaymentTerms } from '../../../shared/domain/payment-terms';

const DAY_MS = 86_400_000;

/** Days since 1970-01-01 (UTC): the generator does its date arithmetic on integers, not strings. */
export function dayNumber(date: IsoDate): number {
  const [y, m, d] = date.split('-').map(Number);
  return Math.round(Date.UTC(y, m - 1, d) / DAY_MS);
}

export function isoOfDay(day: number): IsoDate {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/**
 * The span of days the demo history covers, with every ISO date and timestamp string computed once: a million
 * invoices then cost array reads, not Date objects.
 */
export class Calendar {
  private readonly isoDates: string[] = [];
  private readonly stamps: string[] = [];
  private readonly dueDays = new Map<string, Int32Array>();

  constructor(
    readonly firstDay: number,
    readonly lastDay: number,
  ) {
    for (let day = firstDay; day <= lastDay; day++) {
      const iso = isoOfDay(day);
      this.isoDates.push(iso);
      this.stamps.push(`${iso}T09:00:00.000Z`);
    }
  }

  iso(day: number): IsoDate {
    return day >= this.firstDay && day <= this.lastDay ? this.isoDates[day - this.firstDay] : isoOfDay(day);
  }

  /** A deterministic `created_at` for something that happened that day (the ledger must not depend on the clock). */
  stamp(day: number): string {
    return day >= this.firstDay && day <= this.lastDay
      ? this.stamps[day - this.firstDay]
      : `${isoOfDay(day)}T09:00:00.000Z`;
  }

  year(day: number): number {
    return Number(this.iso(day).slice(0, 4));
  }

  /** 0 = Monday … 6 = Sunday (1970-01-01 was a Thursday). */
  weekday(day: number): number {
    return (((day + 3) % 7) + 7) % 7;
  }

  /** Offices invoice on working days: a weekend day moves back to the Friday before. */
  workingDayOnOrBefore(day: number): number {
    const weekday = this.weekday(day);
    return weekday >= 5 ? day - (weekday - 4) : day;
  }

  /** Due day of an invoice issued on `issueDay`, through the app's own payment-terms rule (memoized per terms). */
  dueDay(issueDay: number, terms: PaymentTerms): number {
    const key = `${terms.days}|${terms.mode}`;
    let table = this.dueDays.get(key);
    if (!table) {
      table = new Int32Array(this.lastDay - this.firstDay + 1).fill(-1);
      this.dueDays.set(key, table);
    }
    const index = issueDay - this.firstDay;
    if (index < 0 || index >= table.length) return dayNumber(dueDateFor(this.iso(issueDay), terms));
    if (table[index] < 0) table[index] = dayNumber(dueDateFor(this.iso(issueDay), terms));
    return table[index];
  }
}

export function calendarAround(startDay: number, today: IsoDate): Calendar {
  return new Calendar(startDay - 40, dayNumber(addDays(today, 400)));
}
