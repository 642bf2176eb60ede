import type { dunningSettingsFr } from './dunning-settings.fr';

/** Settings for letters and reminders (English). */
export const dunningSettingsEn: typeof dunningSettingsFr = {
  dunningSettings: {
    title: 'Reminders and letters',
  },
};
