import AddIcon from '@mui/icons-material/Add';
import DeleteOutlineIcon from '@mui/icons-material/DeleteOutlined';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../shared/contract/errors';
import { toApiError } from '../api/bridge';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { ErrorAlert } from '../components/ErrorAlert';
import { useNotify } from '../components/Notifier';
import {
  cellOfError,
  newRowId,
  parseRows,
  rowsFrom,
  type RateColumn,
  type RateRow,
  type RowErrors,
} from './rate-table';

interface Props<T extends object> {
  title: string;
  hint: string;
  columns: RateColumn[];
  rates: T[];
  /** Replaces the whole table; answers the table as stored. */
  save: (rates: Record<string, string | number>[]) => Promise<T[]>;
  savedMessage: string;
  testId: string;
  onDirtyChange: (dirty: boolean) => void;
}

/** One rate table edited in place: add and remove rows, save replaces the table; errors land on their cell. */
export function RateTable<T extends object>(props: Props<T>) {
  const { title, hint, columns, save, savedMessage, testId, onDirtyChange } = props;
  const { t } = useTranslation();
  const notify = useNotify();
  const [baseline, setBaseline] = useState(() => rowsFrom(props.rates, columns));
  const [rows, setRows] = useState<RateRow[]>(baseline);
  const [errors, setErrors] = useState<RowErrors>({});
  const [tableError, setTableError] = useState<ApiError | null>(null);
  const [removing, setRemoving] = useState<RateRow | null>(null);
  const [saving, setSaving] = useState(false);
  const dirty = JSON.stringify(rows) !== JSON.stringify(baseline);
  useEffect(() => onDirtyChange(dirty), [dirty, onDirtyChange]);

  const edit = (rowId: number, column: string, value: string) => {
    setRows((current) =>
      current.map((row) => (row.id === rowId ? { ...row, cells: { ...row.cells, [column]: value } } : row)),
    );
    setErrors((current) =>
      current[rowId]?.[column] ? { ...current, [rowId]: { ...current[rowId], [column]: '' } } : current,
    );
  };
  const addRow = () =>
    setRows((current) => [...current, { id: newRowId(), cells: Object.fromEntries(columns.map((c) => [c.key, ''])) }]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setTableError(null);
    const parsed = parseRows(rows, columns, t);
    if (!parsed.ok) return setErrors(parsed.errors);
    setErrors({});
    setSaving(true);
    try {
      const stored = rowsFrom(await save(parsed.rates), columns);
      setBaseline(stored);
      setRows(stored);
      notify(savedMessage);
    } catch (failure) {
      const error = toApiError(failure);
      const cell = cellOfError(error.field, rows, columns);
      if (cell) setErrors({ [cell.rowId]: { [cell.column]: `${t(`errors.${error.code}`)} — ${error.message}` } });
      else setTableError(error);
    } finally {
      setSaving(false);
    }
  };

  const label = (row: RateRow) => columns.map((c) => row.cells[c.key]).join(' · ');
  return (
    <Paper variant="outlined" component="section" sx={{ p: 2 }} data-testid={testId}>
      <Box component="form" onSubmit={(event) => void submit(event)} noValidate>
        <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 600 }}>
          {title}
        </Typography>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
          {hint}
        </Typography>
        {tableError && <ErrorAlert error={tableError} sx={{ mb: 1 }} />}
        <Table size="small" aria-label={title}>
          <TableHead>
            <TableRow>
              {columns.map((column) => (
                <TableCell key={column.key}>{column.label}</TableCell>
              ))}
              <TableCell sx={{ width: 48 }} />
            </TableRow>
          </TableHead>
          <TableBody>
            {rows.map((row, index) => (
              <TableRow key={row.id} data-testid={`${testId}-row`} data-row={index}>
                {columns.map((column) => {
                  const error = errors[row.id]?.[column.key];
                  return (
                    <TableCell key={column.key} sx={{ verticalAlign: 'top', py: 0.5 }}>
                      <TextField
                        size="small"
                        fullWidth
                        type={column.kind === 'percent' ? 'text' : 'date'}
                        value={row.cells[column.key]}
                        onChange={(event) => edit(row.id, column.key, event.target.value)}
                        error={Boolean(error)}
                        helperText={error || undefined}
                        slotProps={{
                          htmlInput: {
                            'aria-label': `${column.label}, ${t('dunningSettings.rates.rowLabel', { row: index + 1 })}`,
                            'data-cell': column.key,
                            inputMode: column.kind === 'percent' ? 'decimal' : undefined,
                            style: column.kind === 'percent' ? { textAlign: 'right' } : undefined,
                          },
                        }}
                      />
                    </TableCell>
                  );
                })}
                <TableCell sx={{ verticalAlign: 'top', py: 0.5 }}>
                  <IconButton
                    aria-label={`${t('dunningSettings.rates.removeRow')} ${index + 1}`}
                    onClick={() => setRemoving(row)}
                    data-testid="remove-row"
                  >
                    <DeleteOutlineIcon fontSize="small" />
                  </IconButton>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
        <Stack direction="row" spacing={1} sx={{ mt: 2 }}>
          <Button startIcon={<AddIcon />} onClick={addRow} data-testid={`${testId}-add`}>
            {t('dunningSettings.rates.addRow')}
          </Button>
          <Button type="submit" variant="contained" disabled={saving} data-testid={`${testId}-save`}>
            {t('dunningSettings.rates.save')}
          </Button>
        </Stack>
      </Box>
      {removing && (
        <ConfirmDialog
          title={t('dunningSettings.rates.removeTitle')}
          message={t('dunningSettings.rates.removeMessage', { label: label(removing) })}
          confirmLabel={t('dunningSettings.rates.remove')}
          destructive
          onConfirm={async () => setRows((current) => current.filter((row) => row.id !== removing.id))}
          onClose={() => setRemoving(null)}
        />
      )}
    </Paper>
  );
}
