import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TablePagination from '@mui/material/TablePagination';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportRowError } from '../../shared/contract/imports.types';
import { numericCell } from '../components/table-styles';
import { formatInteger } from '../format/format';
import { useLanguage } from '../i18n/useLanguage';

const PAGE = 25;

/** The validation report: every bad row with its column, the value found and why it is refused. */
export function RowErrorsTable({ errors, errorCount }: { errors: ImportRowError[]; errorCount: number }) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const [page, setPage] = useState(0);
  return (
    <>
      <Typography variant="h6" component="h2">
        {t('imports.errorsTitle', { count: errorCount, formatted: formatInteger(errorCount, language) })}
      </Typography>
      {errorCount > errors.length && (
        <Typography variant="body2" color="text.secondary">
          {t('imports.errorsListed', { listed: formatInteger(errors.length, language) })}
        </Typography>
      )}
      <TableContainer>
        <Table size="small" aria-label={t('imports.errorsLabel')} data-testid="import-errors">
          <TableHead>
            <TableRow>
              <TableCell align="right" sx={{ width: 72 }}>
                {t('imports.errorColumns.row')}
              </TableCell>
              <TableCell>{t('imports.errorColumns.column')}</TableCell>
              <TableCell>{t('imports.errorColumns.value')}</TableCell>
              <TableCell>{t('imports.errorColumns.reason')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {errors.slice(page * PAGE, (page + 1) * PAGE).map((error, index) => (
              <TableRow key={`${error.row}-${error.column ?? ''}-${index}`} data-testid="import-error-row">
                <TableCell align="right" sx={numericCell}>
                  {error.row}
                </TableCell>
                <TableCell>{error.column ?? t('imports.wholeRow')}</TableCell>
                {/* Shown as text, never interpreted: a cell like =HYPERLINK(…) stays what it is. */}
                <TableCell sx={{ fontFamily: 'monospace', overflowWrap: 'anywhere', maxWidth: 280 }}>
                  {error.value}
                </TableCell>
                <TableCell>{error.message}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableContainer>
      {errors.length > PAGE && (
        <TablePagination
          component="div"
          count={errors.length}
          page={page}
          rowsPerPage={PAGE}
          rowsPerPageOptions={[PAGE]}
          onPageChange={(_event, next) => setPage(next)}
        />
      )}
    </>
  );
}
