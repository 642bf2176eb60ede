import AutoFixHighOutlined from '@mui/icons-material/AutoFixHighOutlined';
import Button from '@mui/material/Button';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { callValue, useBridge } from '../api/bridge';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { useNotify } from '../components/Notifier';

/** "Lettrer automatiquement": every unallocated payment and credit note onto the oldest open invoices, once confirmed. */
export function AutoAllocateButton({ clientId }: { clientId: number }) {
  const { t } = useTranslation();
  const bridge = useBridge();
  const notify = useNotify();
  const [confirming, setConfirming] = useState(false);
  return (
    <>
      <Button
        variant="outlined"
        startIcon={<AutoFixHighOutlined />}
        onClick={() => setConfirming(true)}
        data-testid="auto-allocate"
      >
        {t('lettrage.auto')}
      </Button>
      {confirming && (
        <ConfirmDialog
          title={t('lettrage.autoTitle')}
          message={t('lettrage.autoMessage')}
          confirmLabel={t('lettrage.auto')}
          onConfirm={async () => {
            const created = await callValue(bridge, 'allocations.autoFifo', { clientId });
            notify(created.length ? t('lettrage.done', { count: created.length }) : t('lettrage.autoNothing'));
          }}
          onClose={() => setConfirming(false)}
        />
      )}
    </>
  );
}
