import Alert from '@mui/material/Alert';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import type { CompanySettings, LedgerInfo } from '../../shared/contract/types';
import { agingBuckets } from '../../shared/domain/aging';
import { useCall } from '../api/useCall';
import { CenteredProgress } from '../components/CenteredProgress';
import { ErrorAlert } from '../components/ErrorAlert';
import { ScreenHeader } from '../components/ScreenHeader';
import { agingBucketLabel } from '../format/aging-labels';
import { formatTimestampDate } from '../format/format';
import { paymentTermsLabel } from '../format/payment-terms';
import { useLanguage } from '../i18n/useLanguage';
import { FieldList, type Field } from '../components/FieldList';

function addressOf(company: CompanySettings): string {
  const cityLine = [company.postalCode, company.city].filter(Boolean).join(' ');
  return [company.addressLine1, company.addressLine2, cityLine, company.country].filter(Boolean).join('\n');
}

/** Company settings, read-only for now (editing comes with the settings form). */
export function SettingsScreen({ ledger }: { ledger: LedgerInfo }) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const company = useCall('company.get', {});

  if (!company.value) {
    return (
      <>
        <ScreenHeader title={t('settings.title')} />
        {company.error ? <ErrorAlert error={company.error} onRetry={company.reload} /> : <CenteredProgress />}
      </>
    );
  }
  const c = company.value;
  const identity: Field[] = [
    { label: t('settings.name'), value: c.name, testId: 'settings-name' },
    { label: t('settings.legalForm'), value: c.legalForm },
    { label: t('settings.siren'), value: c.siren, testId: 'settings-siren' },
    { label: t('settings.siret'), value: c.siret },
    { label: t('settings.vatNumber'), value: c.vatNumber },
    { label: t('settings.address'), value: addressOf(c) },
    { label: t('settings.email'), value: c.email },
    { label: t('settings.phone'), value: c.phone },
    { label: t('settings.iban'), value: c.iban },
    { label: t('settings.bic'), value: c.bic },
    { label: t('settings.signatory'), value: [c.signatoryName, c.signatoryTitle].filter(Boolean).join(', ') },
  ];
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
    { label: t('settings.ledgerPath'), value: ledger.path },
    { label: t('settings.schemaVersion'), value: String(ledger.schemaVersion) },
    { label: t('settings.updatedAt'), value: c.updatedAt ? formatTimestampDate(c.updatedAt, language) : '' },
  ];

  return (
    <>
      <ScreenHeader title={t('settings.title')} />
      <Stack spacing={3} sx={{ maxWidth: 900 }}>
        <Alert severity="info">{t('settings.readOnly')}</Alert>
        {company.error && <ErrorAlert error={company.error} onRetry={company.reload} />}
        <Section title={t('settings.companyTitle')} fields={identity} />
        <Section title={t('settings.collectionTitle')} fields={collection} />
        <Section title={t('settings.ledgerTitle')} fields={file} />
      </Stack>
    </>
  );
}

function Section({ title, fields }: { title: string; fields: Field[] }) {
  return (
    <Paper component="section" sx={{ p: 3 }}>
      <Typography variant="h6" component="h2" sx={{ mb: 2 }}>
        {title}
      </Typography>
      <FieldList fields={fields} />
    </Paper>
  );
}
