import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import type { Exposure } from '../../shared/contract/types';
import { formatMoney, negate } from '../format/format';
import { useLanguage } from '../i18n/useLanguage';

interface FigureProps {
  label: string;
  text: string;
  testId: string;
  accent: string;
  large?: boolean;
  caption?: string;
}

function Figure({ label, text, testId, accent, large, caption }: FigureProps) {
  return (
    <Paper
      sx={{
        p: 2.5,
        borderLeft: 4,
        borderLeftColor: accent,
        display: 'flex',
        flexDirection: 'column',
        justifyContent: 'center',
        ...(large && { gridRow: { md: 'span 2' } }),
      }}
    >
      <Typography variant="body2" color="text.secondary" component="h2">
        {label}
      </Typography>
      <Typography
        data-testid={testId}
        component="p"
        sx={{
          fontWeight: 700,
          fontSize: large ? '2.1rem' : '1.35rem',
          fontVariantNumeric: 'tabular-nums',
          whiteSpace: 'nowrap',
          mt: 0.5,
        }}
      >
        {text}
      </Typography>
      {caption && (
        <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
          {caption}
        </Typography>
      )}
    </Paper>
  );
}

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
