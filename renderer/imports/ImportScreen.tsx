import Paper from '@mui/material/Paper';
import Step from '@mui/material/Step';
import StepLabel from '@mui/material/StepLabel';
import Stepper from '@mui/material/Stepper';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../components/ErrorAlert';
import { ScreenHeader } from '../components/ScreenHeader';
import { ChooseFileStep } from './ChooseFileStep';
import { stepsOf } from './import-wizard';
import { MappingStep } from './MappingStep';
import { PreviewStep } from './PreviewStep';
import { ProgressPanel } from './ProgressPanel';
import { SummaryStep } from './SummaryStep';
import { useImportWizard } from './useImportWizard';

/** Importer : a file of clients, invoices or payments (CSV, XLSX), or a FEC, checked before anything is written. */
export function ImportScreen({ onOpenClients }: { onOpenClients: () => void }) {
  const { t } = useTranslation();
  const wizard = useImportWizard();
  const steps = stepsOf(wizard.kind);
  // While a call runs, its progress (with Cancel) replaces the step it was started from.
  const busy = wizard.task !== null;

  return (
    <>
      <ScreenHeader title={t('imports.title')} subtitle={t('imports.subtitle')} />
      <Stepper activeStep={steps.indexOf(wizard.step)} sx={{ mb: 3 }} data-testid="import-stepper">
        {steps.map((step) => (
          <Step key={step}>
            <StepLabel>{t(`imports.steps.${step}`)}</StepLabel>
          </Step>
        ))}
      </Stepper>
      {wizard.error && <ErrorAlert error={wizard.error} onClose={wizard.dismissError} sx={{ mb: 2 }} />}
      <Paper sx={{ p: 3 }} data-testid={`import-step-${wizard.step}`}>
        {busy && wizard.task ? (
          <ProgressPanel task={wizard.task} onCancel={wizard.cancel} />
        ) : (
          <>
            {wizard.step === 'file' && <ChooseFileStep wizard={wizard} />}
            {wizard.step === 'mapping' && <MappingStep wizard={wizard} />}
            {wizard.step === 'preview' && <PreviewStep wizard={wizard} />}
            {wizard.step === 'summary' && <SummaryStep wizard={wizard} onOpenClients={onOpenClients} />}
          </>
        )}
      </Paper>
    </>
  );
}
