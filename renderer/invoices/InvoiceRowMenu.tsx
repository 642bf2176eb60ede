import MoreVert from '@mui/icons-material/MoreVert';
import IconButton from '@mui/material/IconButton';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Invoice } from '../../shared/contract/types';

export type InvoiceAction = 'edit' | 'dispute' | 'allocate';

/** What can be done with an invoice depends on where it stands: only an issued, unpaid, undisputed one can be contested. */
export function invoiceActions(invoice: Invoice): InvoiceAction[] {
  const actions: InvoiceAction[] = ['edit'];
  if (invoice.kind === 'invoice' && invoice.issueDate !== null && invoice.openCents > 0 && !invoice.disputed)
    actions.push('dispute');
  if (invoice.kind === 'credit_note' && invoice.openCents > 0) actions.push('allocate');
  return actions;
}

/** The ⋮ button at the end of an invoice row. */
export function InvoiceRowMenu({ invoice, onAction }: { invoice: Invoice; onAction: (action: InvoiceAction) => void }) {
  const { t } = useTranslation();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const menuId = `invoice-menu-${invoice.id}`;
  return (
    <>
      <IconButton
        size="small"
        aria-label={t('invoices.actionsFor', { number: invoice.number })}
        aria-haspopup="menu"
        aria-controls={anchor ? menuId : undefined}
        data-testid={`invoice-actions-${invoice.number}`}
        onClick={(event) => setAnchor(event.currentTarget)}
      >
        <MoreVert fontSize="small" />
      </IconButton>
      <Menu id={menuId} anchorEl={anchor} open={anchor !== null} onClose={() => setAnchor(null)}>
        {invoiceActions(invoice).map((action) => (
          <MenuItem
            key={action}
            data-testid={`invoice-action-${action}`}
            onClick={() => {
              setAnchor(null);
              onAction(action);
            }}
          >
            {t(`invoices.actions.${action}`)}
          </MenuItem>
        ))}
      </Menu>
    </>
  );
}
