import type { ChartData } from 'chart.js';

/**
 * chart.js cannot draw without a canvas: this stands in for react-chartjs-2's <Bar> and exposes what the
 * screen passed to it, so tests check the data rather than pixels.
 */
export function Bar(props: { data: ChartData<'bar'>; 'data-testid'?: string; 'aria-label'?: string }) {
  return (
    <div
      data-testid={props['data-testid']}
      aria-label={props['aria-label']}
      data-labels={JSON.stringify(props.data.labels)}
      data-values={JSON.stringify(props.data.datasets[0]?.data)}
    />
  );
}
