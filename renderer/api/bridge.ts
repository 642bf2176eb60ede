import { createContext, useContext } from 'react';
import type { Bridge } from '../../shared/contract/bridge';
import type { InputOf, MethodName, ResultOf } from '../../shared/contract/contract';
import type { ApiError } from '../../shared/contract/errors';
import { createWebBridge, takeTokenFromLocation } from './web-bridge';

/** renderer/api is the only code that knows where the bridge comes from; screens use `useBridge()`. */

declare global {
  interface Window {
    /** Set by the Electron preload; absent in browser mode. */
    api?: Bridge;
  }
}

let webBridge: Bridge | null = null;

/** The preload's bridge in Electron, otherwise the HTTP one (created once: it takes the token from the URL). */
export function getBridge(): Bridge {
  if (window.api) return window.api;
  webBridge ??= createWebBridge({ token: takeTokenFromLocation() });
  return webBridge;
}

/** Lets tests inject a fake bridge; the app provides `getBridge()`. */
export const BridgeContext = createContext<Bridge | null>(null);

export function useBridge(): Bridge {
  const bridge = useContext(BridgeContext);
  if (!bridge) throw new Error('useBridge() needs a <BridgeContext.Provider> above it');
  return bridge;
}

/** A failed call, thrown by `callValue` so event handlers can use try/catch. */
export class ApiFailure extends Error {
  constructor(readonly error: ApiError) {
    super(error.message);
    this.name = 'ApiFailure';
  }
}

/** Calls a method and returns its value, or throws an ApiFailure carrying the typed error. */
export async function callValue<M extends MethodName>(
  bridge: Bridge,
  method: M,
  input: InputOf<M>,
): Promise<ResultOf<M>> {
  const result = await bridge.call(method, input);
  if (!result.ok) throw new ApiFailure(result.error);
  return result.value;
}

/** Any thrown value as an ApiError, so the UI has one way to show failures. */
export function toApiError(error: unknown): ApiError {
  if (error instanceof ApiFailure) return error.error;
  return { code: 'internal', message: error instanceof Error ? error.message : String(error) };
}
