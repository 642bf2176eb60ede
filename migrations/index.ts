import type { Migration } from 'kysely';
import * as m0001 from './0001_ledger_schema';
import * as m0002 from './0002_ecb_rates';
import * as m0003 from './0003_import_mappings';
import * as m0004 from './0004_dunning';
import * as m0005 from './0005_calls';

/**
 * Every migration, in order. Listed by hand (not read from disk) so it works inside a packaged app and under
 * vitest; a test checks this list matches the files in this folder.
 */
export const migrations: Record<string, Migration> = {
  '0001_ledger_schema': m0001,
  '0002_ecb_rates': m0002,
  '0003_import_mappings': m0003,
  '0004_dunning': m0004,
  '0005_calls': m0005,
};
