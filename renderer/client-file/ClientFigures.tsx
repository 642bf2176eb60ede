import Box from '@mui/material/Box';
import { useTranslation } from 'react-i18next';
import type { ClientFile } from '../../shared/contract/client-file.types';
import { FigureCard } from '../components/FigureCard';
import { formatInteger, formatMoney, negate } from '../format/format';
import { useLanguage } from '../i18n/useLanguage';

/**
 * The client's encours and its split, from `clients.file` (the same query as the dashboard). Advances and
 * unused credit notes reduce the encours, so they are shown negative.
 */
export function ClientFigures({ file }: { file: ClientFile }) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const money = (cents: number) => formatMoney(cents, language);
  const { exposure } = file;
  return (
    <Box
      component="section"
      aria-label={t('clientFile.figuresTitle')}
      sx={{
        display: 'grid',
        gap: 2,
        gridTemplateColumns: { xs: '1fr', sm: '1fr 1fr', md: '1.3fr 1fr 1fr' },
        alignContent: 'start',
      }}
    >
      <FigureCard
        large
        label={t('dashboard.totalExposure')}
        caption={t('clientFile.openInvoices', { count: file.openInvoiceCount })}
        text={money(exposure.totalCents)}
        testId="file-exposure"
        accent="primary.main"
      />
      <FigureCard
        label={t('dashboard.overdue')}
        text={money(exposure.overdueCents)}
        testId="file-overdue"
        accent="error.main"
      />
      <FigureCard
        label={t('dashboard.notDue')}
        text={money(exposure.notDueCents)}
        testId="file-not-due"
        accent="success.main"
      />
      <FigureCard
        label={t('dashboard.toIssue')}
        text={money(exposure.toIssueCents)}
        testId="file-to-issue"
        accent="info.main"
      />
      <FigureCard
        label={t('clientFile.oldestDaysLate')}
        text={t('clientFile.days', {
          count: file.oldestDaysLate,
          formatted: formatInteger(file.oldestDaysLate, language),
        })}
        testId="file-oldest-days-late"
        accent={file.oldestDaysLate > 0 ? 'error.main' : 'grey.400'}
      />
      <FigureCard
        label={t('clientFile.advances')}
        text={money(negate(file.advancesCents))}
        testId="file-advances"
        accent="grey.500"
      />
      <FigureCard
        label={t('clientFile.unusedCreditNotes')}
        text={money(negate(file.unusedCreditNotesCents))}
        testId="file-unused-credit-notes"
        accent="grey.500"
      />
    </Box>
  );
}
