import { parseArgs, type ParseArgsConfig } from 'node:util';
import { isIsoDate, type IsoDate } from '../../shared/domain/dates';
import { UsageError } from './cli-io';

type Options = NonNullable<ParseArgsConfig['options']>;

/**
 * `node:util` parseArgs in strict mode, with its errors turned into usage errors of the command.
 * Every command accepts -h/--help.
 */
export function parseCommandArgs<O extends Options>(command: string, args: string[], options: O) {
  try {
    return parseArgs({
      args,
      options: { ...options, help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    throw new UsageError((error as Error).message, command);
  }
}

export function dateOption(
  command: string,
  value: string | boolean | undefined,
  name = '--today',
): IsoDate | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || !isIsoDate(value)) {
    throw new UsageError(`${name} attend une date réelle au format AAAA-MM-JJ (reçu : ${String(value)}).`, command);
  }
  return value;
}

export function integerOption(command: string, value: string | boolean | undefined, name: string): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || !/^-?\d{1,15}$/.test(value)) {
    throw new UsageError(`${name} attend un nombre entier (reçu : ${String(value)}).`, command);
  }
  return Number(value);
}

export function choiceOption<T extends string>(
  command: string,
  value: string | boolean | undefined,
  name: string,
  choices: readonly T[],
): T | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || !choices.includes(value as T)) {
    throw new UsageError(`${name} attend ${choices.join(' ou ')} (reçu : ${String(value)}).`, command);
  }
  return value as T;
}

/** Exactly the positional arguments named, no more, no less. */
export function expectPositionals(command: string, values: string[], names: readonly string[]): string[] {
  if (values.length < names.length) throw new UsageError(`argument manquant : <${names[values.length]}>.`, command);
  if (values.length > names.length) throw new UsageError(`argument en trop : ${values[names.length]}.`, command);
  return values;
}
