import Chip from '@mui/material/Chip';
import { useTranslation } from 'react-i18next';

export interface ClientFilters {
  overdue?: boolean;
  disputed?: boolean;
  overCreditLimit?: boolean;
}
const FILTER_KEYS = ['overdue', 'disputed', 'overCreditLimit'] as const;

/** Toggles ANDed by the core: "Échu" + "En litige" is the clients with both. */
export function ClientFilterChips({
  filters,
  onChange,
}: {
  filters: ClientFilters;
  onChange: (f: ClientFilters) => void;
}) {
  const { t } = useTranslation();
  return (
    <>
      {FILTER_KEYS.map((key) => {
        const active = Boolean(filters[key]);
        return (
          <Chip
            key={key}
            label={t(`clients.filters.${key}`)}
            color={active ? 'primary' : 'default'}
            variant={active ? 'filled' : 'outlined'}
            onClick={() => {
              const next = { ...filters };
              if (active) delete next[key];
              else next[key] = true;
              onChange(next);
            }}
            aria-pressed={active}
            data-testid={`client-filter-${key}`}
            sx={{ bgcolor: active ? undefined : 'background.paper' }}
          />
        );
      })}
    </>
  );
}
