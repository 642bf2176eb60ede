import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCall } from '../api/useCall';
import { ErrorAlert } from '../components/ErrorAlert';
import { SectionToolbar } from '../components/SectionToolbar';
import { TIMELINE_FILTERS, type TimelineFilter } from './timeline-kinds';
import { TimelineList } from './TimelineList';

const PAGE = 50;

/** Everything that happened to the client, newest first; chips narrow it to some kinds. */
export function TimelineTab({ clientId }: { clientId: number }) {
  const { t } = useTranslation();
  const [kinds, setKinds] = useState<TimelineFilter[]>([]);
  const [limit, setLimit] = useState(PAGE);
  const timeline = useCall('timeline.list', { clientId, limit, ...(kinds.length > 0 && { kinds }) });
  const entries = timeline.value?.rows ?? [];

  const toggle = (kind: TimelineFilter) => {
    setKinds((current) => (current.includes(kind) ? current.filter((k) => k !== kind) : [...current, kind]));
    setLimit(PAGE);
  };

  return (
    <>
      <SectionToolbar
        filters={
          <>
            <Chip
              label={t('timeline.all')}
              color={kinds.length === 0 ? 'primary' : 'default'}
              variant={kinds.length === 0 ? 'filled' : 'outlined'}
              onClick={() => setKinds([])}
              aria-pressed={kinds.length === 0}
              data-testid="timeline-filter-all"
            />
            {TIMELINE_FILTERS.map((kind) => (
              <Chip
                key={kind}
                label={t(`timeline.filters.${kind}`)}
                color={kinds.includes(kind) ? 'primary' : 'default'}
                variant={kinds.includes(kind) ? 'filled' : 'outlined'}
                onClick={() => toggle(kind)}
                aria-pressed={kinds.includes(kind)}
                data-testid={`timeline-filter-${kind}`}
              />
            ))}
          </>
        }
      />
      {timeline.error && <ErrorAlert error={timeline.error} onRetry={timeline.reload} sx={{ mb: 2 }} />}
      {timeline.value && entries.length === 0 ? (
        <Typography color="text.secondary" sx={{ py: 2 }}>
          {t('timeline.empty')}
        </Typography>
      ) : (
        <TimelineList entries={entries} />
      )}
      {timeline.value && timeline.value.total > entries.length && (
        <Button
          sx={{ mt: 1 }}
          onClick={() => setLimit((current) => Math.min(current + PAGE, 500))}
          disabled={timeline.loading}
        >
          {t('timeline.more', { shown: entries.length, total: timeline.value.total })}
        </Button>
      )}
    </>
  );
}
