import MoreVert from '@mui/icons-material/MoreVert';
import IconButton from '@mui/material/IconButton';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { QueueItem } from '../../shared/contract/reminders.types';

export type QueueAction = 'preview' | 'postpone' | 'skip';

/** The ⋮ menu of a queue row: a real button, so Tab reaches it and Enter opens it; Escape closes it. */
export function QueueRowActions({ item, onAction }: { item: QueueItem; onAction: (action: QueueAction) => void }) {
  const { t } = useTranslation();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const choose = (action: QueueAction) => {
    setAnchor(null);
    onAction(action);
  };
  return (
    <>
      <IconButton
        size="small"
        aria-label={t('reminders.actions.menu', { name: item.clientName })}
        aria-haspopup="menu"
        data-testid="queue-actions"
        onClick={(event) => {
          event.stopPropagation();
          setAnchor(event.currentTarget);
        }}
      >
        <MoreVert fontSize="small" />
      </IconButton>
      <Menu
        anchorEl={anchor}
        open={anchor !== null}
        onClose={() => setAnchor(null)}
        onClick={(e) => e.stopPropagation()}
      >
        {/* Without a template there is no letter to show (a hand-over, a call). */}
        <MenuItem disabled={item.templateId === null} onClick={() => choose('preview')} data-testid="queue-preview">
          {t('reminders.actions.preview')}
        </MenuItem>
        <MenuItem onClick={() => choose('postpone')} data-testid="queue-postpone">
          {t('reminders.actions.postpone')}
        </MenuItem>
        <MenuItem onClick={() => choose('skip')} data-testid="queue-skip">
          {t('reminders.actions.skip')}
        </MenuItem>
      </Menu>
    </>
  );
}
