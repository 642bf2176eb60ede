import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { ChartData, ChartOptions } from 'chart.js';
import { useMemo } from 'react';
import { Bar } from 'react-chartjs-2';
import { useTranslation } from 'react-i18next';
import type { AgedBalance } from '../../shared/contract/types';
import { agingBucketLabel } from '../format/aging-labels';
import { formatAxisEuros, formatMoney, localeOf } from '../format/format';
import { useLanguage } from '../i18n/useLanguage';
import './chart-setup';

/** Not due in green, then warmer as invoices get later. Extra configured buckets reuse the last colour. */
const BUCKET_COLOURS = ['#2e7d32', '#f9a825', '#ef6c00', '#d84315', '#b71c1c'];

function colourOf(index: number, count: number): string {
  if (index === 0) return BUCKET_COLOURS[0];
  if (index === count - 1) return BUCKET_COLOURS[BUCKET_COLOURS.length - 1];
  return BUCKET_COLOURS[Math.min(index, BUCKET_COLOURS.length - 2)];
}

export function AgingChart({ aging }: { aging: AgedBalance }) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  // `t` changes with the language, so the labels follow a language switch.
  const labels = useMemo(() => aging.buckets.map((bucket) => agingBucketLabel(bucket, t)), [aging, t]);

  const data = useMemo<ChartData<'bar'>>(
    () => ({
      labels,
      datasets: [
        {
          label: t('dashboard.agingTitle'),
          data: aging.buckets.map((bucket) => bucket.amountCents / 100),
          backgroundColor: aging.buckets.map((_, index) => colourOf(index, aging.buckets.length)),
          borderRadius: 4,
          maxBarThickness: 72,
        },
      ],
    }),
    [aging, labels, t],
  );

  const options = useMemo<ChartOptions<'bar'>>(
    () => ({
      responsive: true,
      maintainAspectRatio: false,
      locale: localeOf(language),
      animation: { duration: 250 },
      plugins: {
        legend: { display: false },
        tooltip: {
          callbacks: {
            label: (item) => {
              const bucket = aging.buckets[item.dataIndex];
              return `${formatMoney(bucket.amountCents, language)} · ${t('dashboard.agingInvoices', { count: bucket.invoiceCount })}`;
            },
          },
        },
      },
      scales: {
        x: { grid: { display: false } },
        y: {
          beginAtZero: true,
          // An empty ledger would otherwise get an axis in tenths of a euro.
          suggestedMax: aging.buckets.some((bucket) => bucket.amountCents > 0) ? undefined : 1000,
          ticks: { callback: (value) => formatAxisEuros(Number(value), language) },
        },
      },
    }),
    [aging, language, t],
  );

  return (
    <Paper component="section" aria-labelledby="aging-title" sx={{ p: 2.5 }}>
      <Typography variant="h6" component="h2" id="aging-title" sx={{ mb: 2 }}>
        {t('dashboard.agingTitle')}
      </Typography>
      <Box sx={{ position: 'relative', height: 280 }}>
        <Bar
          data={data}
          options={options}
          data-testid="aging-chart"
          role="img"
          aria-label={t('dashboard.agingChartLabel')}
        />
      </Box>
      {/* The same figures as text: exact amounts, readable by screen readers and searchable. */}
      <Stack
        direction="row"
        sx={{ mt: 2, flexWrap: 'wrap', gap: 1 }}
        component="ul"
        aria-label={t('dashboard.agingChartLabel')}
        style={{ listStyle: 'none', padding: 0, margin: 0 }}
      >
        {aging.buckets.map((bucket, index) => (
          <Box
            component="li"
            key={bucket.key}
            data-testid={`aging-bucket-${bucket.key}`}
            sx={{
              display: 'flex',
              alignItems: 'center',
              gap: 1,
              px: 1.5,
              py: 0.75,
              borderRadius: 1,
              bgcolor: 'grey.100',
            }}
          >
            <Box sx={{ width: 10, height: 10, borderRadius: '2px', bgcolor: colourOf(index, aging.buckets.length) }} />
            <Typography variant="body2" color="text.secondary">
              {labels[index]}
            </Typography>
            <Typography variant="body2" sx={{ fontWeight: 600, fontVariantNumeric: 'tabular-nums' }}>
              {formatMoney(bucket.amountCents, language)}
            </Typography>
          </Box>
        ))}
      </Stack>
    </Paper>
  );
}
