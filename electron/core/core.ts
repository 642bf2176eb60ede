import type { LedgerMethod, MethodName } from '../../shared/contract/contract';
import type { ApiResult } from '../../shared/contract/errors';
import type { CoreEvent } from '../../shared/contract/bridge';
import { localToday, type IsoDate } from '../../shared/domain/dates';
import type { CoreContext } from './context';
import { createLedger, openLedger, type OpenLedger } from './db/open-ledger';
import type { NativeOptions } from './db/ledger-file';
import { dispatchTo } from './dispatch';
import { ledgerHandlers } from './handlers';
import { findResourcesDir } from './resources-dir';
import { TaskRegistry } from './tasks';

export interface CoreOptions extends NativeOptions {
  dbPath: string;
  /** Create a new ledger for this company instead of opening an existing file. */
  create?: { companyName: string };
  /** Fixed "today" (tests, reports); the machine's date otherwise. */
  today?: IsoDate;
  /** Where fonts and images are; found from the code's location when absent. */
  resourcesDir?: string;
}

export interface Core {
  readonly ledger: OpenLedger;
  dispatch(method: string, input: unknown): Promise<ApiResult<unknown>>;
  subscribe(listener: (event: CoreEvent) => void): () => void;
  close(): Promise<void>;
}

// calls.list / calls.sheet / calls.printList / promises.list / collectors.stats settle promises first (a write
// whose result is a function of the ledger and the day): still reads, so they send no change event.
const readOnlyMethods =
  /\.(get|list|state|file|suggest|preview|inspect|cancel|sheet|stats|printList|queue|history|fields|logo|read)$|^reports\./;

/** Opens (or creates) one ledger and answers the contract's ledger methods over it. Plain Node: no Electron. */
export async function createCore(options: CoreOptions): Promise<Core> {
  const ledger = options.create
    ? await createLedger(options.dbPath, options.create.companyName, options)
    : await openLedger(options.dbPath, options);
  const listeners = new Set<(event: CoreEvent) => void>();
  const emit = (event: CoreEvent) => {
    for (const listener of listeners) listener(event);
  };
  const ctx: CoreContext = {
    db: ledger.db,
    today: () => options.today ?? localToday(),
    tasks: new TaskRegistry(emit),
    ledgerPath: options.dbPath,
    resourcesDir: options.resourcesDir ?? findResourcesDir(),
  };

  return {
    ledger,
    async dispatch(method, input) {
      const result = await dispatchTo(ledgerHandlers as never, ctx, method, input);
      if (result.ok && !readOnlyMethods.test(method)) {
        emit({ type: 'ledger.changed', methods: [method as MethodName] });
      }
      return result;
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async close() {
      listeners.clear();
      await ledger.db.destroy();
    },
  };
}

export type { LedgerMethod };
