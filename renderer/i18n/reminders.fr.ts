/** The Relances screen (French). */
export const remindersFr = {
  reminders: {
    title: 'Relances',
  },
};
