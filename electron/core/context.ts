import type { Kysely } from 'kysely';
import type { IsoDate } from '../../shared/domain/dates';
import type { DB } from './db/tables';
import type { TaskRegistry } from './tasks';

/** What every handler gets besides its input. */
export interface CoreContext {
  db: Kysely<DB>;
  /** The day reports are computed for: the machine's date unless a test or report sets one. */
  today(): IsoDate;
  /** Long work: progress events and cancellation by task id. */
  tasks: TaskRegistry;
  /** The ledger file: generated letters go in a folder beside it. */
  ledgerPath: string;
  /** The app's resources/ folder (fonts for the PDF letters). */
  resourcesDir: string;
}
