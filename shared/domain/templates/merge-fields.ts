import type { MergeFieldInfo } from '../../contract/reminders.types';

/** The merge fields a template may use. PLACEHOLDER: the letters work fills in the list. */
export const MERGE_FIELDS: MergeFieldInfo[] = [];

/** The `{{field}}` names of a text that are not merge fields, in order of appearance. PLACEHOLDER. */
export function findUnknownFields(_text: string): string[] {
  throw new Error('findUnknownFields: not implemented yet');
}
