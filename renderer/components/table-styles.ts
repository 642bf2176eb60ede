/** Amounts and counts in tables: aligned digits, never wrapped. */
export const numericCell = { fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' } as const;

/** A clickable table row that also opens from the keyboard, with a visible focus ring. */
export const clickableRow = {
  cursor: 'pointer',
  '&:focus-visible': { outline: 2, outlineColor: 'primary.main', outlineOffset: -2 },
} as const;

/** Enter or Space on a focused row acts like a click. */
export function activateOnKey(action: () => void) {
  return (event: { key: string; preventDefault: () => void; target: EventTarget; currentTarget: EventTarget }) => {
    if (event.target !== event.currentTarget) return; // a button inside the row handles its own keys
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      action();
    }
  };
}

/** Read by screen readers, not shown (e.g. the header of an actions column). */
export const visuallyHidden = {
  border: 0,
  clip: 'rect(0 0 0 0)',
  height: '1px',
  margin: '-1px',
  overflow: 'hidden',
  padding: 0,
  position: 'absolute',
  whiteSpace: 'nowrap',
  width: '1px',
} as const;
