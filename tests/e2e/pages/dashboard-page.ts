import type { Locator, Page } from 'playwright-core';

export const EXPOSURE_FIGURES = [
  'total-exposure',
  'exposure-to-issue',
  'exposure-not-due',
  'exposure-overdue',
  'exposure-unallocated',
] as const;
export type ExposureFigure = (typeof EXPOSURE_FIGURES)[number];

/** The home screen: encours figures, aged-balance chart, top debtors. */
export class DashboardPage {
  readonly agingChart: Locator;
  readonly topDebtors: Locator;

  constructor(readonly page: Page) {
    this.agingChart = page.getByTestId('aging-chart');
    this.topDebtors = page.getByTestId('top-debtors');
  }

  async waitUntilLoaded(): Promise<void> {
    await this.page.getByTestId('total-exposure').waitFor({ state: 'visible' });
  }

  async figureText(figure: ExposureFigure): Promise<string> {
    return (await this.page.getByTestId(figure).textContent()) ?? '';
  }

  async figures(): Promise<Record<ExposureFigure, string>> {
    const entries = await Promise.all(EXPOSURE_FIGURES.map(async (id) => [id, await this.figureText(id)] as const));
    return Object.fromEntries(entries) as Record<ExposureFigure, string>;
  }

  /** How many pixels of the chart's canvas are painted (not fully transparent). */
  async paintedChartPixels(): Promise<{ painted: number; total: number; colours: number }> {
    return this.agingChart.evaluate((node) => {
      const canvas = node instanceof HTMLCanvasElement ? node : node.querySelector('canvas');
      if (!canvas) return { painted: 0, total: 0, colours: 0 };
      const context = canvas.getContext('2d');
      if (!context) return { painted: 0, total: 0, colours: 0 };
      const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
      let painted = 0;
      const colours = new Set<number>();
      for (let i = 0; i < data.length; i += 4) {
        if (data[i + 3]! > 0) {
          painted++;
          // Coarse colour buckets: tells bars (several colours) from a blank or uniform canvas.
          colours.add(((data[i]! >> 5) << 6) | ((data[i + 1]! >> 5) << 3) | (data[i + 2]! >> 5));
        }
      }
      return { painted, total: data.length / 4, colours: colours.size };
    });
  }
}
