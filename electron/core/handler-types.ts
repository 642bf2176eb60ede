import type {
  LedgerMethod,
  MethodName,
  ParsedInputOf,
  ResultOf,
  WorkspaceMethod,
} from '../../shared/contract/contract';
import type { CoreContext } from './context';

export type Handler<M extends MethodName, Ctx> = (input: ParsedInputOf<M>, ctx: Ctx) => Promise<ResultOf<M>>;

/** The handlers of one domain: `clientHandlers satisfies HandlersFor<'clients.'>`. */
export type HandlersFor<Prefix extends string> = {
  [M in LedgerMethod as M extends `${Prefix}${string}` ? M : never]: Handler<M, CoreContext>;
};

export type LedgerHandlers = { [M in LedgerMethod]: Handler<M, CoreContext> };
export type WorkspaceHandlers<Ctx> = { [M in WorkspaceMethod]: Handler<M, Ctx> };
