import ContentCopyOutlined from '@mui/icons-material/ContentCopyOutlined';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Divider from '@mui/material/Divider';
import IconButton from '@mui/material/IconButton';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import { useEffect, useRef, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { LoggedCall } from '../../shared/contract/calls.types';
import { useCall } from '../api/useCall';
import { CenteredProgress } from '../components/CenteredProgress';
import { ErrorAlert } from '../components/ErrorAlert';
import { useNotify } from '../components/Notifier';
import { formatDate, formatMoney } from '../format/format';
import { useLanguage } from '../i18n/useLanguage';
import { TimelineList } from '../timeline/TimelineList';
import { outcomeOfKey } from './call-labels';
import { CallLogForm, type CallLogFormHandle } from './CallLogForm';
import { PromiseStatusChip } from './PromiseStatusChip';

interface Props {
  clientId: number;
  onLogged: (logged: LoggedCall) => void;
  onNext: () => void;
}

const isTyping = (target: EventTarget) =>
  target instanceof HTMLElement &&
  (['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName) || target.isContentEditable);

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Box sx={{ mb: 2 }}>
      <Typography variant="overline" component="h3" color="text.secondary">
        {title}
      </Typography>
      {children}
    </Box>
  );
}

/**
 * What a call needs, and the log below it. Keyboard first: it takes the focus when it opens; 1–8 log an
 * outcome (Alt+1–8 from inside a field), N goes to the next client.
 */
export function CallSheetPanel({ clientId, onLogged, onNext }: Props) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const notify = useNotify();
  const sheet = useCall('calls.sheet', { clientId }, 'none');
  const panel = useRef<HTMLDivElement>(null);
  const logForm = useRef<CallLogFormHandle>(null);
  const loaded = sheet.value !== null;

  useEffect(() => {
    if (loaded) panel.current?.focus();
  }, [loaded]);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.ctrlKey || event.metaKey) return;
    const typing = isTyping(event.target);
    if (typing && !event.altKey) return;
    const outcome = outcomeOfKey(event.key) ?? (event.altKey ? outcomeOfKey(event.code.replace('Digit', '')) : null);
    if (outcome) {
      event.preventDefault();
      logForm.current?.choose(outcome);
    } else if (event.key.toLowerCase() === 'n' && !typing) {
      event.preventDefault();
      onNext();
    }
  };

  if (sheet.error && !sheet.value) return <ErrorAlert error={sheet.error} onRetry={sheet.reload} />;
  if (!sheet.value) return <CenteredProgress />;
  const s = sheet.value;

  return (
    <Paper
      ref={panel}
      tabIndex={-1}
      onKeyDown={onKeyDown}
      sx={{
        p: 2,
        outline: 'none',
        '&:focus-visible': { boxShadow: 3 },
        // Beside a long list the sheet stays in view and scrolls on its own.
        position: { lg: 'sticky' },
        top: { lg: 16 },
        maxHeight: { lg: 'calc(100vh - 120px)' },
        overflowY: { lg: 'auto' },
      }}
      aria-label={t('calls.sheet.label', { name: s.client.name })}
      role="region"
      data-testid="call-sheet"
      data-client-id={s.client.id}
    >
      <Stack direction="row" spacing={1} sx={{ alignItems: 'baseline', mb: 0.5 }}>
        <Typography variant="h6" component="h2" sx={{ flexGrow: 1 }} data-testid="call-sheet-name">
          {s.client.name}
        </Typography>
        <Button
          size="small"
          onClick={onNext}
          aria-keyshortcuts="N"
          data-testid="call-next"
          title={t('calls.sheet.nextHelp')}
        >
          {t('calls.sheet.next')} (N)
        </Button>
      </Stack>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
        {s.client.code}
        {s.client.collectorName ? ` · ${s.client.collectorName}` : ''} ·{' '}
        {t('calls.sheet.figures', {
          overdue: formatMoney(s.client.overdueCents, language),
          exposure: formatMoney(s.client.exposureCents, language),
          days: s.client.oldestDaysLate,
        })}
        {s.client.archived && <Chip size="small" color="warning" label={t('calls.sheet.archived')} sx={{ ml: 1 }} />}
      </Typography>

      <Section title={t('calls.sheet.phones')}>
        {s.phones.length === 0 && <Typography color="text.secondary">{t('calls.noPhone')}</Typography>}
        {s.phones.map((phone) => (
          <Stack
            key={phone.e164 + phone.contactName}
            direction="row"
            spacing={1}
            sx={{ alignItems: 'center' }}
            data-testid="sheet-phone"
          >
            <Link href={phone.tel} sx={{ fontVariantNumeric: 'tabular-nums' }}>
              {phone.display}
            </Link>
            <Typography variant="body2" color="text.secondary">
              {phone.contactName}
            </Typography>
            <Tooltip title={t('calls.sheet.copy')}>
              <IconButton
                size="small"
                aria-label={`${t('calls.sheet.copy')} ${phone.display}`}
                onClick={() =>
                  void navigator.clipboard?.writeText(phone.number).then(() => notify(t('calls.sheet.copied')))
                }
              >
                <ContentCopyOutlined fontSize="inherit" />
              </IconButton>
            </Tooltip>
          </Stack>
        ))}
        {s.badPhones.map((bad) => (
          <Typography key={bad.number + bad.contactName} variant="body2" color="error">
            {t('calls.sheet.badPhone', { number: bad.number, contact: bad.contactName, message: bad.message })}
          </Typography>
        ))}
      </Section>

      <CallLogForm
        key={s.client.id}
        ref={logForm}
        sheet={s}
        onLogged={(logged) => {
          notify(t('calls.log.logged', { name: s.client.name, outcome: t(`calls.outcomes.${logged.call.outcome}`) }));
          onLogged(logged);
        }}
      />
      <Divider sx={{ my: 2 }} />

      {s.script && (
        <Section title={t('calls.sheet.script')}>
          <Box data-testid="call-script" sx={{ bgcolor: 'action.hover', p: 1.5, borderRadius: 1 }}>
            <Typography sx={{ fontWeight: 600, mb: 0.5 }}>{s.script.subject}</Typography>
            {s.script.paragraphs.map((paragraph, index) => (
              <Typography key={index} variant="body2" sx={{ mb: 0.75, whiteSpace: 'pre-line' }}>
                {paragraph}
              </Typography>
            ))}
          </Box>
        </Section>
      )}

      <Section title={t('calls.sheet.invoices')}>
        {s.invoices.length === 0 && <Typography color="text.secondary">{t('calls.sheet.noInvoices')}</Typography>}
        {s.invoices.map((invoice) => (
          <Typography
            key={invoice.invoiceId}
            variant="body2"
            data-testid="sheet-invoice"
            sx={{ fontVariantNumeric: 'tabular-nums' }}
          >
            {t('calls.sheet.invoiceLine', {
              number: invoice.number,
              due: formatDate(invoice.dueDate),
              open: formatMoney(invoice.openCents, language),
              days: invoice.daysLate,
            })}
            {invoice.disputed && <Chip size="small" label={t('calls.sheet.disputed')} sx={{ ml: 1 }} />}
          </Typography>
        ))}
      </Section>

      {s.disputes.length > 0 && (
        <Section title={t('calls.sheet.disputes')}>
          {s.disputes.map((dispute) => (
            <Typography key={dispute.id} variant="body2" data-testid="sheet-dispute">
              {dispute.invoiceNumber ?? ''} — {t(`disputes.reasons.${dispute.reason}`)} ({formatDate(dispute.openedOn)})
            </Typography>
          ))}
        </Section>
      )}

      {s.promises.length > 0 && (
        <Section title={t('calls.sheet.promises')}>
          {s.promises.map((promise) => (
            <Stack
              key={promise.id}
              direction="row"
              spacing={1}
              sx={{ alignItems: 'center' }}
              data-testid="sheet-promise"
            >
              <Typography variant="body2">
                {formatMoney(promise.amountCents, language)} · {formatDate(promise.promisedDate)}
              </Typography>
              <PromiseStatusChip status={promise.status} />
            </Stack>
          ))}
        </Section>
      )}

      <Section title={t('calls.sheet.timeline')}>
        <TimelineList entries={s.timeline} />
      </Section>
    </Paper>
  );
}
