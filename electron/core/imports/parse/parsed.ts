import type { ImportErrorCode } from '../../../../shared/contract/imports.types';

/** What a cell parser returns: the value, or why the text is not one (French message for the report). */
export type Parsed<T> = { ok: true; value: T } | { ok: false; code: ImportErrorCode; message: string };

export const parsed = <T>(value: T): Parsed<T> => ({ ok: true, value });

export const refused = (code: ImportErrorCode, message: string): Parsed<never> => ({ ok: false, code, message });
