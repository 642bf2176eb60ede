import type { MergeFieldInfo } from '../../shared/contract/reminders.types';

/** The text with `{{key}}` put in place of the selection; blocks stand on a line of their own. */
export function insertField(
  text: string,
  selection: { start: number; end: number },
  field: MergeFieldInfo,
): { text: string; cursor: number } {
  let token = `{{${field.key}}}`;
  const before = text.slice(0, selection.start);
  const after = text.slice(selection.end);
  if (field.block) {
    if (before !== '' && !before.endsWith('\n')) token = `\n${token}`;
    if (!after.startsWith('\n')) token = `${token}\n`;
  }
  return { text: before + token + after, cursor: before.length + token.length };
}
