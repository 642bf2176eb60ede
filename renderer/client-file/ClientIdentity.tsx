import Alert from '@mui/material/Alert';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import type { ClientFile } from '../../shared/contract/client-file.types';
import type { Client } from '../../shared/contract/types';
import { useCall } from '../api/useCall';
import { FieldList, type Field } from '../components/FieldList';
import { formatMoney } from '../format/format';
import { paymentTermsLabel, paymentTermsWarning } from '../format/payment-terms';
import { useLanguage } from '../i18n/useLanguage';
import { ClientPlanSelect } from '../reminders/ClientPlanSelect';

function addressOf(client: Client): string {
  const cityLine = [client.postalCode, client.city].filter(Boolean).join(' ');
  return [client.addressLine1, client.addressLine2, cityLine, client.country === 'FR' ? '' : client.country]
    .filter(Boolean)
    .join('\n');
}

/** Who the client is and the rules it is held to: identity, payment terms, credit limit, who follows it. */
export function ClientIdentity({ file }: { file: ClientFile }) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const { client } = file;
  // The company's default terms apply when the client has none of its own.
  const company = useCall('company.get', {});
  const terms = client.paymentTerms ?? company.value?.defaultPaymentTerms ?? null;
  const termsWarning = terms && paymentTermsWarning(terms, t);

  const fields: Field[] = [
    { label: t('clientFile.siren'), value: client.siren, testId: 'client-siren' },
    { label: t('clientFile.vatNumber'), value: client.vatNumber },
    { label: t('clientFile.address'), value: addressOf(client) },
    {
      label: t('clientFile.paymentTerms'),
      testId: 'client-payment-terms',
      value: terms && (
        <>
          {paymentTermsLabel(terms, t)}
          {!client.paymentTerms && (
            <Typography component="span" color="text.secondary">
              {' '}
              {t('clientFile.companyTerms')}
            </Typography>
          )}
          {termsWarning && (
            <Alert severity="warning" sx={{ mt: 0.5, py: 0 }} data-testid="terms-warning">
              {termsWarning}
            </Alert>
          )}
        </>
      ),
    },
    {
      label: t('clientFile.creditLimit'),
      testId: 'client-credit-limit',
      value: (
        <>
          {client.creditLimitCents === null
            ? t('clientFile.noCreditLimit')
            : formatMoney(client.creditLimitCents, language)}
          {file.overCreditLimitCents > 0 && (
            <Alert severity="error" sx={{ mt: 0.5, py: 0 }} data-testid="over-credit-limit">
              {t('clientFile.overCreditLimit', { amount: formatMoney(file.overCreditLimitCents, language) })}
            </Alert>
          )}
        </>
      ),
    },
    { label: t('clientFile.collector'), value: file.collectorName ?? t('clientFile.noCollector') },
    {
      label: t('clientFile.dunningPlan'),
      value: <ClientPlanSelect file={file} />,
      testId: 'client-dunning-plan',
    },
  ];
  if (client.riskClassOverride) {
    fields.push({ label: t('clientFile.riskClass'), value: client.riskClassOverride });
  }

  return (
    <Paper component="section" sx={{ p: 2.5 }} aria-labelledby="client-identity-title">
      <Typography variant="h6" component="h2" id="client-identity-title" sx={{ mb: 1.5 }}>
        {t('clientFile.identityTitle')}
      </Typography>
      <FieldList fields={fields} labelWidth={190} />
    </Paper>
  );
}
