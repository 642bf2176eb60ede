import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import { useTranslation } from 'react-i18next';
import { FecReconciliation } from './FecReconciliation';
import { isFecReport } from './import-wizard';
import { ReportCounts } from './ReportCounts';
import { RowErrorsTable } from './RowErrorsTable';
import type { ImportWizard } from './useImportWizard';

/** Step 5: what was written (one transaction, one timeline entry per client touched). */
export function SummaryStep({ wizard, onOpenClients }: { wizard: ImportWizard; onOpenClients: () => void }) {
  const { t } = useTranslation();
  const report = wizard.result!;
  return (
    <Stack spacing={3}>
      <Alert severity="success" data-testid="import-done">
        {t('imports.done', { fileName: report.fileName })}
      </Alert>
      <ReportCounts report={report} />
      {isFecReport(report) && <FecReconciliation report={report} />}
      {report.errorCount > 0 && <RowErrorsTable errors={report.errors} errorCount={report.errorCount} />}
      <Stack direction="row" spacing={1}>
        <Button variant="contained" onClick={onOpenClients} data-testid="import-open-clients">
          {t('imports.openClients')}
        </Button>
        <Button onClick={wizard.restart} data-testid="import-again">
          {t('imports.again')}
        </Button>
      </Stack>
    </Stack>
  );
}
