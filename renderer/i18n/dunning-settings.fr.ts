/** Settings for letters and reminders: letterhead, penalties, rate tables, plans, templates (French). */
export const dunningSettingsFr = {
  dunningSettings: {
    title: 'Relances et lettres',
  },
};
