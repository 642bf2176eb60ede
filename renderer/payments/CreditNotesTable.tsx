import LinkOutlined from '@mui/icons-material/LinkOutlined';
import Button from '@mui/material/Button';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import { useTranslation } from 'react-i18next';
import type { Invoice } from '../../shared/contract/types';
import { numericCell } from '../components/table-styles';
import { formatDate, formatMoney } from '../format/format';
import { useLanguage } from '../i18n/useLanguage';
import { AllocationList } from './AllocationList';

interface Props {
  creditNotes: Invoice[];
  onAllocate: (creditNote: Invoice) => void;
}

/** Credit notes and the invoices they were set against; an unused remainder reduces the encours. */
export function CreditNotesTable({ creditNotes, onAllocate }: Props) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  return (
    <TableContainer>
      <Table size="small" aria-label={t('payments.creditNotesTitle')} data-testid="credit-notes-table">
        <TableHead>
          <TableRow>
            <TableCell>{t('invoices.columns.number')}</TableCell>
            <TableCell>{t('invoices.columns.issueDate')}</TableCell>
            <TableCell align="right">{t('invoices.columns.amount')}</TableCell>
            <TableCell>{t('payments.allocations')}</TableCell>
            <TableCell align="right">{t('payments.unused')}</TableCell>
            <TableCell />
          </TableRow>
        </TableHead>
        <TableBody>
          {creditNotes.map((note) => (
            <TableRow key={note.id} data-testid="credit-note-row" sx={{ verticalAlign: 'top' }}>
              <TableCell sx={{ whiteSpace: 'nowrap' }}>{note.number}</TableCell>
              <TableCell sx={numericCell}>{formatDate(note.issueDate)}</TableCell>
              <TableCell align="right" sx={{ ...numericCell, fontWeight: 600 }}>
                {formatMoney(note.amountCents, language)}
              </TableCell>
              <TableCell>
                <AllocationList source={{ creditNoteId: note.id }} />
              </TableCell>
              <TableCell align="right" sx={numericCell}>
                {formatMoney(note.openCents, language)}
              </TableCell>
              <TableCell align="right">
                {note.openCents > 0 && (
                  <Button size="small" startIcon={<LinkOutlined />} onClick={() => onAllocate(note)}>
                    {t('lettrage.allocate')}
                  </Button>
                )}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
