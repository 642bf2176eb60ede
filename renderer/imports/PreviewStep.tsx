import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import Stack from '@mui/material/Stack';
import { useTranslation } from 'react-i18next';
import { formatInteger } from '../format/format';
import { useLanguage } from '../i18n/useLanguage';
import { FecReconciliation } from './FecReconciliation';
import { isFecReport } from './import-wizard';
import { ReportCounts } from './ReportCounts';
import { RowErrorsTable } from './RowErrorsTable';
import type { ImportWizard } from './useImportWizard';

/** Step 3: what the import would do and every bad row, before anything is written. */
export function PreviewStep({ wizard }: { wizard: ImportWizard }) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const report = wizard.preview!;
  const rejected = report.rejectedRows > 0;
  const canRun = report.validRows > 0 && (!rejected || wizard.skipInvalidRows);

  return (
    <Stack spacing={3}>
      <Alert severity={rejected ? 'warning' : 'success'} data-testid="import-preview-status">
        {rejected
          ? t('imports.previewWithErrors', {
              count: report.rejectedRows,
              formatted: formatInteger(report.rejectedRows, language),
            })
          : t('imports.previewClean')}
      </Alert>
      <ReportCounts report={report} />
      {report.notices.map((notice) => (
        <Alert key={notice.code} severity="info">
          {notice.message}
        </Alert>
      ))}
      {isFecReport(report) && <FecReconciliation report={report} />}
      {report.errorCount > 0 && <RowErrorsTable errors={report.errors} errorCount={report.errorCount} />}
      {rejected && (
        <FormControlLabel
          control={
            <Checkbox
              checked={wizard.skipInvalidRows}
              onChange={(event) => wizard.setSkipInvalidRows(event.target.checked)}
              data-testid="import-skip-invalid"
            />
          }
          label={t('imports.skipInvalid', {
            count: report.rejectedRows,
            formatted: formatInteger(report.rejectedRows, language),
          })}
        />
      )}
      <Stack direction="row" spacing={1}>
        <Button onClick={wizard.back}>{t('imports.back')}</Button>
        <Button variant="contained" disabled={!canRun} onClick={() => void wizard.run()} data-testid="import-run">
          {t('imports.run', { count: report.validRows, formatted: formatInteger(report.validRows, language) })}
        </Button>
      </Stack>
    </Stack>
  );
}
