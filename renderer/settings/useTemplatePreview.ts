import { useEffect, useRef, useState } from 'react';
import type { InputOf } from '../../shared/contract/contract';
import type { ApiError } from '../../shared/contract/errors';
import type { TemplatePreview } from '../../shared/contract/reminders.types';
import { useBridge } from '../api/bridge';

export const PREVIEW_DELAY_MS = 300;

export interface PreviewState {
  preview: TemplatePreview | null;
  /** The core's refusal of the text as it is now (an unknown merge field names itself and its field). */
  error: ApiError | null;
  /** True from a keystroke until the matching answer arrives: saving waits for the text to be checked. */
  pending: boolean;
}

/**
 * The live preview of a template being typed: asked of the core once the user pauses for 300 ms; answers to
 * older texts are dropped, so a slow answer never replaces a newer one.
 */
export function useTemplatePreview(input: InputOf<'templates.preview'>): PreviewState {
  const bridge = useBridge();
  const key = JSON.stringify(input);
  const latest = useRef(key);
  const [state, setState] = useState<PreviewState & { key: string }>({
    key: '',
    preview: null,
    error: null,
    pending: true,
  });

  useEffect(() => {
    latest.current = key;
    const timer = setTimeout(() => {
      void bridge.call('templates.preview', JSON.parse(key) as InputOf<'templates.preview'>).then(
        (result) => {
          if (latest.current !== key) return;
          setState((previous) =>
            result.ok
              ? { key, preview: result.value, error: null, pending: false }
              : { key, preview: previous.preview, error: result.error, pending: false },
          );
        },
        (failure: unknown) => {
          if (latest.current !== key) return;
          const message = failure instanceof Error ? failure.message : String(failure);
          setState((previous) => ({ ...previous, key, error: { code: 'internal', message }, pending: false }));
        },
      );
    }, PREVIEW_DELAY_MS);
    return () => clearTimeout(timer);
  }, [bridge, key]);

  return { preview: state.preview, error: state.error, pending: state.key !== key };
}
