import DashboardOutlined from '@mui/icons-material/DashboardOutlined';
import ForwardToInboxOutlined from '@mui/icons-material/ForwardToInboxOutlined';
import GavelOutlined from '@mui/icons-material/GavelOutlined';
import PeopleAltOutlined from '@mui/icons-material/PeopleAltOutlined';
import PhoneInTalkOutlined from '@mui/icons-material/PhoneInTalkOutlined';
import SettingsOutlined from '@mui/icons-material/SettingsOutlined';
import UploadFileOutlined from '@mui/icons-material/UploadFileOutlined';
import Drawer from '@mui/material/Drawer';
import List from '@mui/material/List';
import ListItemButton from '@mui/material/ListItemButton';
import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import Toolbar from '@mui/material/Toolbar';
import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { SCREENS, type Screen } from './routes';

export const DRAWER_WIDTH = 232;

const ICONS: Record<Screen, ReactElement> = {
  dashboard: <DashboardOutlined />,
  clients: <PeopleAltOutlined />,
  reminders: <ForwardToInboxOutlined />,
  calls: <PhoneInTalkOutlined />,
  disputes: <GavelOutlined />,
  imports: <UploadFileOutlined />,
  settings: <SettingsOutlined />,
};

interface Props {
  selected: Screen;
  onSelect: (screen: Screen) => void;
}

/** The permanent left menu: a desktop app window is wide enough, and the user always sees where they are. */
export function NavDrawer({ selected, onSelect }: Props) {
  const { t } = useTranslation();
  return (
    <Drawer
      variant="permanent"
      sx={{
        width: DRAWER_WIDTH,
        flexShrink: 0,
        '& .MuiDrawer-paper': { width: DRAWER_WIDTH, boxSizing: 'border-box' },
      }}
    >
      <Toolbar />
      <nav aria-label={t('nav.label')}>
        <List sx={{ px: 1, pt: 1 }}>
          {SCREENS.map((screen) => (
            <ListItemButton
              key={screen}
              selected={screen === selected}
              aria-current={screen === selected ? 'page' : undefined}
              data-testid={`nav-${screen}`}
              onClick={() => onSelect(screen)}
              sx={{ borderRadius: 1, mb: 0.5 }}
            >
              <ListItemIcon sx={{ minWidth: 40 }}>{ICONS[screen]}</ListItemIcon>
              <ListItemText primary={t(`nav.${screen}`)} />
            </ListItemButton>
          ))}
        </List>
      </nav>
    </Drawer>
  );
}
