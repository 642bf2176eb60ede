import { fireEvent, screen, within } from '@testing-library/react';

/** The input of a dialog field by its label (required fields add " *"). */
export function field(label: string | RegExp, container: HTMLElement = document.body): HTMLInputElement {
  const matcher = typeof label === 'string' ? new RegExp(`^${escape(label)}( \\*)?$`) : label;
  return within(container).getByLabelText(matcher) as HTMLInputElement;
}

/** Types into a field as a user would (one change event with the whole text). */
export function type(label: string | RegExp, text: string, container?: HTMLElement): void {
  fireEvent.change(field(label, container), { target: { value: text } });
}

/** The message under a field (its MUI helper text), or '' when none. */
export function helperText(input: HTMLElement): string {
  const ids = (input.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean);
  return ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' ');
}

/** Picks an option of an MUI select (a TextField with `select`). */
export async function choose(label: string | RegExp, option: string | RegExp): Promise<void> {
  const matcher = typeof label === 'string' ? new RegExp(`^${escape(label)}( \\*)?$`) : label;
  fireEvent.mouseDown(screen.getByRole('combobox', { name: matcher }));
  fireEvent.click(await screen.findByRole('option', { name: option }));
}

export function dialog(testId: string): HTMLElement {
  return screen.getByTestId(testId);
}

/** Submits a dialog form with its main button. */
export function submit(container: HTMLElement): void {
  fireEvent.click(within(container).getByTestId('form-submit'));
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
