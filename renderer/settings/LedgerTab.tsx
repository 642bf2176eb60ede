import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import type { LedgerInfo } from '../../shared/contract/types';
import { agingBuckets } from '../../shared/domain/aging';
import { useCall } from '../api/useCall';
import { CenteredProgress } from '../components/CenteredProgress';
import { ErrorAlert } from '../components/ErrorAlert';
import { FieldList, type Field } from '../components/FieldList';
import { agingBucketLabel } from '../format/aging-labels';
import { formatTimestampDate } from '../format/format';
import { paymentTermsLabel } from '../format/payment-terms';
import { useLanguage } from '../i18n/useLanguage';

/** The ledger file and the collection settings that are not edited here yet (terms, aged-balance buckets). */
export function LedgerTab({ ledger }: { ledger: LedgerInfo }) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const company = useCall('company.get', {});
  if (!company.value) {
    return company.error ? <ErrorAlert error={company.error} onRetry={company.reload} /> : <CenteredProgress />;
  }
  const c = company.value;
  const collection: Field[] = [
    {
      label: t('settings.paymentTerms'),
      value: paymentTermsLabel(c.defaultPaymentTerms, t),
      testId: 'settings-payment-terms',
    },
    {
      label: t('settings.agingBounds'),
      value: agingBuckets(c.agingBounds)
        .map((bucket) => agingBucketLabel(bucket, t))
        .join(' · '),
      testId: 'settings-aging-bounds',
    },
    { label: t('settings.currency'), value: c.currency },
  ];
  const file: Field[] = [
    { label: t('settings.ledgerPath'), value: ledger.path, testId: 'settings-ledger-path' },
    { label: t('settings.schemaVersion'), value: String(ledger.schemaVersion) },
    { label: t('settings.updatedAt'), value: c.updatedAt ? formatTimestampDate(c.updatedAt, language) : '' },
  ];
  return (
    <Stack spacing={3} sx={{ maxWidth: 900 }}>
      <section>
        <Typography variant="h6" component="h2" sx={{ mb: 2 }}>
          {t('settings.collectionTitle')}
        </Typography>
        <FieldList fields={collection} />
      </section>
      <section>
        <Typography variant="h6" component="h2" sx={{ mb: 2 }}>
          {t('settings.ledgerTitle')}
        </Typography>
        <FieldList fields={file} />
      </section>
    </Stack>
  );
}
