import Box from '@mui/material/Box';
import { useTranslation } from 'react-i18next';
import type { Exposure } from '../../shared/contract/types';
import { FigureCard as Figure } from '../components/FigureCard';
import { formatMoney, negate } from '../format/format';
import { useLanguage } from '../i18n/useLanguage';

/**
 * The encours and how it splits (DESIGN §4): to issue + not due + overdue − unallocated advances and credit
 * notes. Each figure is exactly `formatMoney(cents)`, so it can be checked against the core's numbers.
 */
export function ExposureFigures({ exposure }: { exposure: Exposure }) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const money = (cents: number) => formatMoney(cents, language);
  return (
    <Box
      sx={{
        display: 'grid',
        gap: 2,
        gridTemplateColumns: { xs: '1fr', sm: '1fr 1fr', md: '1.4fr 1fr 1fr' },
      }}
    >
      <Figure
        large
        label={t('dashboard.totalExposure')}
        caption={t('dashboard.totalFormula')}
        text={money(exposure.totalCents)}
        testId="total-exposure"
        accent="primary.main"
      />
      <Figure
        label={t('dashboard.toIssue')}
        text={money(exposure.toIssueCents)}
        testId="exposure-to-issue"
        accent="info.main"
      />
      <Figure
        label={t('dashboard.notDue')}
        text={money(exposure.notDueCents)}
        testId="exposure-not-due"
        accent="success.main"
      />
      <Figure
        label={t('dashboard.overdue')}
        text={money(exposure.overdueCents)}
        testId="exposure-overdue"
        accent="error.main"
      />
      <Figure
        label={t('dashboard.unallocated')}
        text={money(negate(exposure.unallocatedCreditsCents))}
        testId="exposure-unallocated"
        accent="grey.500"
      />
    </Box>
  );
}
