import AlternateEmailOutlined from '@mui/icons-material/AlternateEmailOutlined';
import GavelOutlined from '@mui/icons-material/GavelOutlined';
import MailOutlined from '@mui/icons-material/MailOutlined';
import MarkEmailReadOutlined from '@mui/icons-material/MarkEmailReadOutlined';
import PhoneOutlined from '@mui/icons-material/PhoneOutlined';
import Stack from '@mui/material/Stack';
import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import type { DunningChannel } from '../../shared/contract/reminders.types';

const ICONS: Record<DunningChannel, ReactElement> = {
  email: <AlternateEmailOutlined fontSize="small" />,
  letter: <MailOutlined fontSize="small" />,
  registered_letter: <MarkEmailReadOutlined fontSize="small" />,
  call: <PhoneOutlined fontSize="small" />,
  litigation: <GavelOutlined fontSize="small" />,
};

/** The channel's icon and name ("Recommandé AR"), the icon hidden from screen readers. */
export function ChannelLabel({ channel }: { channel: DunningChannel }) {
  const { t } = useTranslation();
  return (
    <Stack direction="row" spacing={0.75} sx={{ alignItems: 'center', whiteSpace: 'nowrap' }} data-channel={channel}>
      <Stack component="span" aria-hidden sx={{ color: 'text.secondary' }}>
        {ICONS[channel]}
      </Stack>
      <span>{t(`reminders.channels.${channel}`)}</span>
    </Stack>
  );
}
