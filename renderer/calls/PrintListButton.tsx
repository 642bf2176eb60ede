import PrintOutlined from '@mui/icons-material/PrintOutlined';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CallListPdf } from '../../shared/contract/calls.types';
import type { ApiError } from '../../shared/contract/errors';
import { callValue, toApiError, useBridge } from '../api/bridge';
import { ErrorAlert } from '../components/ErrorAlert';
import { downloadGeneratedFile } from '../reminders/save-file';

/**
 * "Imprimer la liste": the core writes the day's list as a PDF beside the ledger; the desktop app opens it
 * with the system's viewer (to print it), a browser downloads it.
 */
export function PrintListButton({ collectorId }: { collectorId: number | null }) {
  const { t } = useTranslation();
  const bridge = useBridge();
  const [busy, setBusy] = useState(false);
  const [printed, setPrinted] = useState<CallListPdf | null>(null);
  const [error, setError] = useState<ApiError | null>(null);

  const print = async () => {
    setBusy(true);
    setError(null);
    try {
      const pdf = await callValue(bridge, 'calls.printList', collectorId === null ? {} : { collectorId });
      setPrinted(pdf);
      if (bridge.openFile) {
        const problem = await bridge.openFile(pdf.path);
        if (problem) setError({ code: 'internal', message: problem });
      } else {
        await downloadGeneratedFile(bridge, pdf.path);
      }
    } catch (failure) {
      setError(toApiError(failure));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Stack spacing={1} sx={{ alignItems: 'flex-end' }}>
      <Button
        variant="outlined"
        startIcon={<PrintOutlined />}
        disabled={busy}
        onClick={print}
        data-testid="print-call-list"
      >
        {t('calls.print')}
      </Button>
      {printed && (
        <Alert
          severity="success"
          onClose={() => setPrinted(null)}
          data-testid="printed-call-list"
          data-path={printed.path}
        >
          {t('calls.printed', { rows: printed.rows, pages: printed.pages })}
          <br />
          {t('calls.printedAt', { path: printed.path })}
        </Alert>
      )}
      {error && <ErrorAlert error={error} onClose={() => setError(null)} />}
    </Stack>
  );
}
