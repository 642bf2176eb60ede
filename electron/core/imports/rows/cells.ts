import { z } from 'zod';
import type { Parsed } from '../parse/parsed';

/**
 * zod building blocks for one cell. Cells arrive as text (undefined when the field is not mapped); a refusal
 * carries its machine code in `params.code` so the report can say `invalid_date` as well as « date impossible ».
 */
function transformWith<T>(parse: (text: string) => Parsed<T>) {
  return (text: string, ctx: z.RefinementCtx): T => {
    const result = parse(text);
    if (result.ok) return result.value;
    ctx.addIssue({ code: 'custom', message: result.message, params: { code: result.code } });
    return z.NEVER;
  };
}

export function requiredCell<T>(parse: (text: string) => Parsed<T>) {
  return z
    .string()
    .default('')
    .transform((text, ctx) => {
      if (text.trim() === '') {
        ctx.addIssue({ code: 'custom', message: 'valeur obligatoire manquante', params: { code: 'required' } });
        return z.NEVER;
      }
      return transformWith(parse)(text, ctx);
    });
}

/** Empty or unmapped: undefined, which the writers read as « leave the ledger's value as it is ». */
export function optionalCell<T>(parse: (text: string) => Parsed<T>) {
  return z
    .string()
    .optional()
    .transform((text, ctx) => (text === undefined || text.trim() === '' ? undefined : transformWith(parse)(text, ctx)));
}

export function rowIssue(ctx: z.RefinementCtx, path: string, message: string, code = 'inconsistent') {
  ctx.addIssue({ code: 'custom', path: [path], message, params: { code } });
}
