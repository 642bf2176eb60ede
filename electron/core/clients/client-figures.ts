import { sql, type RawBuilder } from 'kysely';
import type { IsoDate } from '../../../shared/domain/dates';

/**
 * Per-client figures derived from the ledger on `today`, as a subquery: encours, overdue amount and the due
 * date of the oldest overdue invoice. Reads only open items (the partial indexes on invoice and payment), so
 * its cost follows what is still owed, not the length of the history.
 */
export function clientFiguresSql(today: IsoDate, clientId?: number): RawBuilder<unknown> {
  const invoiceFilter = clientId === undefined ? sql`` : sql`AND client_id = ${clientId}`;
  const paymentFilter = clientId === undefined ? sql`` : sql`AND client_id = ${clientId}`;
  return sql`
    SELECT client_id,
      SUM(item_cents) AS exposure_cents,
      SUM(overdue_cents) AS overdue_cents,
      MIN(oldest_due) AS oldest_due
    FROM (
      SELECT client_id,
        SUM(CASE WHEN kind = 'invoice' THEN amount_cents - allocated_cents ELSE allocated_cents - amount_cents END) AS item_cents,
        SUM(CASE WHEN kind = 'invoice' AND status = 'issued' AND due_date < ${today} THEN amount_cents - allocated_cents ELSE 0 END) AS overdue_cents,
        MIN(CASE WHEN kind = 'invoice' AND status = 'issued' AND due_date < ${today} THEN due_date END) AS oldest_due
      FROM invoice
      WHERE allocated_cents < amount_cents AND status <> 'cancelled' ${invoiceFilter}
      GROUP BY client_id
      UNION ALL
      SELECT client_id, SUM(allocated_cents - amount_cents), 0, NULL
      FROM payment
      WHERE allocated_cents < amount_cents ${paymentFilter}
      GROUP BY client_id
    )
    GROUP BY client_id`;
}
