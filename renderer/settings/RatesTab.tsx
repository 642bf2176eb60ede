import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Stack from '@mui/material/Stack';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { InputOf } from '../../shared/contract/contract';
import { callValue, useBridge } from '../api/bridge';
import { useCall } from '../api/useCall';
import { CenteredProgress } from '../components/CenteredProgress';
import { ErrorAlert } from '../components/ErrorAlert';
import type { RateColumn } from './rate-table';
import { RateTable } from './RateTable';
import type { EditorTabProps } from './settings-tabs';

/** Taux BCE et taux légal: the two dated tables the penalties are computed from, kept up to date by hand. */
export function RatesTab({ onDirtyChange }: EditorTabProps) {
  const { t } = useTranslation();
  const bridge = useBridge();
  // Lists are read once: a save answers the stored table, and a refetch would reset rows being typed.
  const ecb = useCall('rates.ecb.list', {}, 'none');
  const legal = useCall('rates.legal.list', {}, 'none');
  const [dirty, setDirty] = useState({ ecb: false, legal: false });
  const ecbDirty = useCallback((value: boolean) => setDirty((d) => ({ ...d, ecb: value })), []);
  const legalDirty = useCallback((value: boolean) => setDirty((d) => ({ ...d, legal: value })), []);
  useEffect(() => onDirtyChange(dirty.ecb || dirty.legal), [dirty, onDirtyChange]);

  if (!ecb.value || !legal.value) {
    const error = ecb.error ?? legal.error;
    return error ? <ErrorAlert error={error} onRetry={ecb.error ? ecb.reload : legal.reload} /> : <CenteredProgress />;
  }
  const r = (key: 'effectiveDate' | 'rate' | 'halfYear' | 'professionalRate' | 'consumerRate') =>
    t(`dunningSettings.rates.${key}`);
  const ecbColumns: RateColumn[] = [
    { key: 'effectiveDate', label: r('effectiveDate'), kind: 'date' },
    { key: 'rateBp', label: r('rate'), kind: 'percent' },
  ];
  const legalColumns: RateColumn[] = [
    { key: 'halfYearStart', label: r('halfYear'), kind: 'halfYear' },
    { key: 'professionalRateBp', label: r('professionalRate'), kind: 'percent' },
    { key: 'consumerRateBp', label: r('consumerRate'), kind: 'percent' },
  ];
  return (
    <Stack spacing={3}>
      <Alert severity="info" data-testid="rates-intro">
        {t('dunningSettings.rates.intro')}
      </Alert>
      <Box sx={{ display: 'grid', gap: 3, gridTemplateColumns: { xs: '1fr', lg: '2fr 3fr' }, alignItems: 'start' }}>
        <RateTable
          title={t('dunningSettings.rates.ecbTitle')}
          hint={t('dunningSettings.rates.ecbHint')}
          columns={ecbColumns}
          rates={ecb.value}
          save={(rates) => callValue(bridge, 'rates.ecb.save', { rates: rates as InputOf<'rates.ecb.save'>['rates'] })}
          savedMessage={t('dunningSettings.rates.ecbSaved')}
          testId="ecb-rates"
          onDirtyChange={ecbDirty}
        />
        <RateTable
          title={t('dunningSettings.rates.legalTitle')}
          hint={t('dunningSettings.rates.legalHint')}
          columns={legalColumns}
          rates={legal.value}
          save={(rates) =>
            callValue(bridge, 'rates.legal.save', { rates: rates as InputOf<'rates.legal.save'>['rates'] })
          }
          savedMessage={t('dunningSettings.rates.legalSaved')}
          testId="legal-rates"
          onDirtyChange={legalDirty}
        />
      </Box>
    </Stack>
  );
}
