import Chip from '@mui/material/Chip';
import { useTranslation } from 'react-i18next';
import { dunningChannels, type DunningChannel, type QueueItem } from '../../shared/contract/reminders.types';

/** Chips by channel, so letters can be printed and e-mails drafted in separate passes. */
export function ChannelFilter({
  items,
  value,
  onChange,
}: {
  items: QueueItem[];
  value: DunningChannel | null;
  onChange: (channel: DunningChannel | null) => void;
}) {
  const { t } = useTranslation();
  const present = dunningChannels.filter((channel) => items.some((item) => item.channel === channel));
  return (
    <>
      <Chip
        label={t('reminders.filters.all', { count: items.length })}
        color={value === null ? 'primary' : 'default'}
        variant={value === null ? 'filled' : 'outlined'}
        onClick={() => onChange(null)}
        aria-pressed={value === null}
        data-testid="channel-filter-all"
      />
      {present.map((channel) => (
        <Chip
          key={channel}
          label={t('reminders.filters.channel', {
            channel: t(`reminders.channels.${channel}`),
            count: items.filter((item) => item.channel === channel).length,
          })}
          color={value === channel ? 'primary' : 'default'}
          variant={value === channel ? 'filled' : 'outlined'}
          onClick={() => onChange(value === channel ? null : channel)}
          aria-pressed={value === channel}
          data-testid={`channel-filter-${channel}`}
        />
      ))}
    </>
  );
}
