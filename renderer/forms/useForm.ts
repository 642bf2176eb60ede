import type { ChangeEvent } from 'react';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { ApiError } from '../../shared/contract/errors';
import { toApiError } from '../api/bridge';
import { isFormErrorKey } from './form-schemas';
import { fieldOfError } from './server-errors';

export type FormValues = Record<string, string | boolean>;
type TextKey<V> = { [K in keyof V]: V[K] extends string ? K : never }[keyof V] & string;

export interface FormOptions {
  /** Core field names that are not form field names (`paymentTerms.days` → `paymentTermsDays`). */
  aliases?: Readonly<Record<string, string>>;
}

/**
 * The state of one dialog form: values as typed, errors per field (the form's own zod check first, then the
 * core's answer placed on the field it names), a general error, and whether it is being sent.
 */
export function useForm<V extends FormValues>(initial: V, options: FormOptions = {}) {
  const { t } = useTranslation();
  const [values, setValues] = useState<V>(initial);
  const [errors, setErrors] = useState<Partial<Record<keyof V & string, string>>>({});
  const [formError, setFormError] = useState<ApiError | null>(null);
  const [submitting, setSubmitting] = useState(false);

  const set = useCallback(<K extends keyof V & string>(name: K, value: V[K]) => {
    setValues((current) => ({ ...current, [name]: value }));
    // Typing in a field clears its complaint: the user is fixing it.
    setErrors((current) => (current[name] ? { ...current, [name]: undefined } : current));
  }, []);

  /** Props for a MUI TextField bound to a text value. */
  const text = (name: TextKey<V>, helperText?: string) => ({
    name,
    id: `field-${name}`,
    value: values[name] as string,
    onChange: (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) =>
      set(name, event.target.value as V[typeof name]),
    error: Boolean(errors[name]),
    helperText: errors[name] ?? helperText,
  });

  const message = (key: string): string => (isFormErrorKey(key) ? t(`form.errors.${key}`) : key);

  /**
   * Checks the values with `schema`; when they pass, runs `send` with the parsed result. Returns true when it
   * succeeded, so the caller closes the dialog.
   */
  async function submit<Out>(schema: z.ZodType<Out, V>, send: (parsed: Out) => Promise<unknown>): Promise<boolean> {
    const parsed = schema.safeParse(values);
    if (!parsed.success) {
      const next: Partial<Record<string, string>> = {};
      for (const issue of parsed.error.issues) {
        const field = String(issue.path[0] ?? '');
        if (field && !next[field]) next[field] = message(issue.message);
      }
      setErrors(next as typeof errors);
      setFormError(null);
      return false;
    }
    setSubmitting(true);
    setFormError(null);
    try {
      await send(parsed.data);
      return true;
    } catch (failure) {
      const error = toApiError(failure);
      const field = fieldOfError(error, Object.keys(values), options.aliases);
      if (field) {
        setErrors((current) => ({ ...current, [field]: `${t(`errors.${error.code}`)} — ${error.message}` }));
      } else {
        setFormError(error);
      }
      return false;
    } finally {
      setSubmitting(false);
    }
  }

  return { values, set, text, errors, formError, setFormError, submitting, submit };
}

export type Form<V extends FormValues> = ReturnType<typeof useForm<V>>;
