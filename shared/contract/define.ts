import type { z } from 'zod';

/** One contract entry: the zod schema of the input, and (as a type only) what the call returns. */
export interface MethodSpec<Input extends z.ZodType, Result> {
  input: Input;
  /** Phantom field: never read at run time, carries the result type. */
  result?: Result;
  doc: string;
}

/** `method<Result>()(schema, doc)`: curried so the result type is explicit and the input is inferred. */
export function method<Result>() {
  return <Input extends z.ZodType>(input: Input, doc: string): MethodSpec<Input, Result> => ({ input, doc });
}
