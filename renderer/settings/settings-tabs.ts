/** The tabs of the settings screen, in the order they are shown. */
export const SETTINGS_TABS = ['letterhead', 'penalties', 'rates', 'plans', 'templates', 'ledger'] as const;
export type SettingsTab = (typeof SETTINGS_TABS)[number];

/** What every editing tab tells the screen, so leaving it with unsaved changes asks first. */
export interface EditorTabProps {
  onDirtyChange: (dirty: boolean) => void;
}
