import Box from '@mui/material/Box';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import { useTranslation } from 'react-i18next';
import type { ImportCounts } from '../../shared/contract/imports.types';
import { FigureCard } from '../components/FigureCard';
import { numericCell } from '../components/table-styles';
import { formatInteger } from '../format/format';
import { useLanguage } from '../i18n/useLanguage';
import type { AnyReport } from './import-wizard';

const ENTITIES = ['clients', 'invoices', 'creditNotes', 'payments'] as const;

/** Rows read / valid / rejected, then what each kind of record becomes: created, updated, unchanged. */
export function ReportCounts({ report }: { report: AnyReport }) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const n = (value: number) => formatInteger(value, language);
  const touched = ENTITIES.filter((e) => {
    const c: ImportCounts = report[e];
    return c.created + c.updated + c.unchanged > 0;
  });
  return (
    <>
      <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', sm: 'repeat(3, 1fr)' } }}>
        <FigureCard
          label={t('imports.totalRows')}
          text={n(report.totalRows)}
          testId="import-total-rows"
          accent="primary.main"
        />
        <FigureCard
          label={t('imports.validRows')}
          text={n(report.validRows)}
          testId="import-valid-rows"
          accent="success.main"
        />
        <FigureCard
          label={t('imports.rejectedRows')}
          text={n(report.rejectedRows)}
          testId="import-rejected-rows"
          accent={report.rejectedRows > 0 ? 'error.main' : 'grey.400'}
        />
      </Box>
      <Table size="small" sx={{ maxWidth: 640 }} aria-label={t('imports.countsLabel')} data-testid="import-counts">
        <TableHead>
          <TableRow>
            <TableCell />
            <TableCell align="right">{t('imports.created')}</TableCell>
            <TableCell align="right">{t('imports.updated')}</TableCell>
            <TableCell align="right">{t('imports.unchanged')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {touched.map((entity) => (
            <TableRow key={entity} data-entity={entity}>
              <TableCell>{t(`imports.entities.${entity}`)}</TableCell>
              <TableCell align="right" sx={numericCell} data-count="created">
                {n(report[entity].created)}
              </TableCell>
              <TableCell align="right" sx={numericCell} data-count="updated">
                {n(report[entity].updated)}
              </TableCell>
              <TableCell align="right" sx={numericCell} data-count="unchanged">
                {n(report[entity].unchanged)}
              </TableCell>
            </TableRow>
          ))}
          {report.allocationsCreated > 0 && (
            <TableRow>
              <TableCell>{t('imports.entities.allocations')}</TableCell>
              <TableCell align="right" sx={numericCell}>
                {n(report.allocationsCreated)}
              </TableCell>
              <TableCell colSpan={2} />
            </TableRow>
          )}
          {report.disputesOpened > 0 && (
            <TableRow>
              <TableCell>{t('imports.entities.disputes')}</TableCell>
              <TableCell align="right" sx={numericCell}>
                {n(report.disputesOpened)}
              </TableCell>
              <TableCell colSpan={2} />
            </TableRow>
          )}
        </TableBody>
      </Table>
    </>
  );
}
