/** Typed errors every call may return; the UI maps `code` to a translated message and `field` to a form input. */
export type ApiErrorCode =
  | 'validation'
  | 'not_found'
  | 'conflict'
  | 'over_allocation'
  | 'invalid_ledger'
  | 'newer_ledger'
  | 'no_ledger_open'
  | 'unknown_method'
  | 'cancelled'
  | 'internal';

export interface ApiError {
  code: ApiErrorCode;
  message: string;
  /** Dotted path of the input field at fault, when there is one (e.g. `amountCents`). */
  field?: string;
}

export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ApiError };

/** Thrown inside the core; dispatch turns it into `{ ok: false, error }`. */
export class CoreError extends Error {
  constructor(
    readonly code: ApiErrorCode,
    message: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = 'CoreError';
  }

  toApiError(): ApiError {
    return this.field === undefined
      ? { code: this.code, message: this.message }
      : { code: this.code, message: this.message, field: this.field };
  }
}
