import Chip from '@mui/material/Chip';
import Stack from '@mui/material/Stack';
import type { GridColDef } from '@mui/x-data-grid';
import type { TFunction } from 'i18next';
import type { ClientSortField, ClientSummary } from '../../shared/contract/types';
import { formatInteger, formatMoney } from '../format/format';
import type { Language } from '../i18n/i18n';

/** Grid fields the core can sort on; anything else (the credit limit) is not sortable. */
export const SORTABLE_FIELDS: readonly ClientSortField[] = [
  'code',
  'name',
  'city',
  'exposureCents',
  'overdueCents',
  'oldestDaysLate',
];

export function isSortField(field: string): field is ClientSortField {
  return (SORTABLE_FIELDS as readonly string[]).includes(field);
}

function moneyColumn(
  field: 'exposureCents' | 'overdueCents' | 'creditLimitCents',
  headerName: string,
  language: Language,
): GridColDef<ClientSummary> {
  return {
    field,
    headerName,
    type: 'number',
    // Fixed minimum for the widest amount (`1 234 567,89 €`), a share of any spare width.
    minWidth: 125,
    flex: 0.8,
    align: 'right',
    headerAlign: 'right',
    valueFormatter: (value: number | null) =>
      value === null || value === undefined ? '—' : formatMoney(value, language),
  };
}

/** Columns of the client list; the data is paged, sorted and searched by the core, never in the grid. */
export function clientColumns(t: TFunction, language: Language): GridColDef<ClientSummary>[] {
  return [
    { field: 'code', headerName: t('clients.columns.code'), width: 100 },
    {
      field: 'name',
      headerName: t('clients.columns.name'),
      flex: 2,
      minWidth: 200,
      renderCell: ({ row }) =>
        row.archived ? (
          <Stack direction="row" spacing={1} sx={{ alignItems: 'center', height: '100%', minWidth: 0 }}>
            <span style={{ overflow: 'hidden', textOverflow: 'ellipsis' }}>{row.name}</span>
            <Chip label={t('clients.archived')} size="small" variant="outlined" />
          </Stack>
        ) : (
          row.name
        ),
    },
    { field: 'city', headerName: t('clients.columns.city'), flex: 1, minWidth: 120 },
    {
      ...moneyColumn('exposureCents', t('clients.columns.exposure'), language),
      // Encours beyond the credit limit is what a credit manager looks for first.
      cellClassName: ({ row }) =>
        row.creditLimitCents !== null && row.exposureCents > row.creditLimitCents ? 'encaisse-over-limit' : '',
    },
    {
      ...moneyColumn('overdueCents', t('clients.columns.overdue'), language),
      cellClassName: ({ row }) => (row.overdueCents > 0 ? 'encaisse-overdue' : ''),
    },
    {
      field: 'oldestDaysLate',
      headerName: t('clients.columns.oldestDaysLate'),
      type: 'number',
      minWidth: 120,
      flex: 0.5,
      align: 'right',
      headerAlign: 'right',
      valueFormatter: (value: number) => formatInteger(value, language),
    },
    { ...moneyColumn('creditLimitCents', t('clients.columns.creditLimit'), language), sortable: false },
  ];
}
