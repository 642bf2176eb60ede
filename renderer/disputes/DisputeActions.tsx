import MoreVert from '@mui/icons-material/MoreVert';
import IconButton from '@mui/material/IconButton';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Dispute } from '../../shared/contract/client-file.types';
import type { ApiError } from '../../shared/contract/errors';
import { callValue, toApiError, useBridge } from '../api/bridge';
import { useNotify } from '../components/Notifier';
import { ResolveDisputeDialog } from './ResolveDisputeDialog';

/**
 * The ⋮ menu of an unresolved dispute: move it to "en cours", or resolve it. A menu rather than buttons keeps
 * the Litiges table within a laptop's width.
 */
export function DisputeActions({ dispute, onError }: { dispute: Dispute; onError: (error: ApiError) => void }) {
  const { t } = useTranslation();
  const bridge = useBridge();
  const notify = useNotify();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const [resolving, setResolving] = useState(false);
  if (dispute.status === 'resolved') return null;

  const start = async () => {
    setAnchor(null);
    try {
      await callValue(bridge, 'disputes.update', { id: dispute.id, status: 'in_progress' });
      notify(t('disputes.started', { number: dispute.invoiceNumber ?? '' }));
    } catch (failure) {
      onError(toApiError(failure));
    }
  };
  const menuId = `dispute-menu-${dispute.id}`;

  return (
    // Clicks and keys here (and in the dialog, a React child) must not also open the client file (the row's own action).
    <span onClick={(event) => event.stopPropagation()} onKeyDown={(event) => event.stopPropagation()}>
      <IconButton
        size="small"
        aria-label={t('disputes.actionsFor', { number: dispute.invoiceNumber ?? '' })}
        aria-haspopup="menu"
        aria-controls={anchor ? menuId : undefined}
        data-testid="dispute-actions"
        onClick={(event) => setAnchor(event.currentTarget)}
      >
        <MoreVert fontSize="small" />
      </IconButton>
      <Menu id={menuId} anchorEl={anchor} open={anchor !== null} onClose={() => setAnchor(null)}>
        {dispute.status === 'open' && (
          <MenuItem onClick={start} data-testid="dispute-start">
            {t('disputes.start')}
          </MenuItem>
        )}
        <MenuItem
          onClick={() => {
            setAnchor(null);
            setResolving(true);
          }}
          data-testid="dispute-resolve"
        >
          {t('disputes.resolve')}
        </MenuItem>
      </Menu>
      {resolving && <ResolveDisputeDialog dispute={dispute} onClose={() => setResolving(false)} />}
    </span>
  );
}
