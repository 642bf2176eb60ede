import type { Locator, Page } from 'playwright-core';

/** The Relances screen: the day's queue (rows per client and channel), its dialogs, and the history tab. */
export class RemindersPage {
  readonly table: Locator;
  readonly generateButton: Locator;

  constructor(readonly page: Page) {
    this.table = page.getByTestId('queue-table');
    this.generateButton = page.getByTestId('generate');
  }

  async waitUntilLoaded(): Promise<void> {
    await this.table.waitFor({ state: 'visible' });
  }

  rows(): Locator {
    return this.page.getByTestId('queue-row');
  }

  row(clientCode: string, channel: string): Locator {
    return this.page.locator(`[data-testid="queue-row"][data-client-code="${clientCode}"][data-channel="${channel}"]`);
  }

  /** The rows as the user reads them: code, channel, whether it can be chosen, and the step's words. */
  async items(): Promise<Array<{ code: string; channel: string; selectable: boolean; step: string }>> {
    return this.rows().evaluateAll((rows) =>
      rows.map((row) => ({
        code: row.getAttribute('data-client-code') ?? '',
        channel: row.getAttribute('data-channel') ?? '',
        selectable: row.getAttribute('data-selectable') === 'true',
        step: row.querySelector('[data-field="step"]')?.textContent ?? '',
      })),
    );
  }

  async rowAction(clientCode: string, channel: string, action: 'preview' | 'postpone' | 'skip'): Promise<void> {
    await this.row(clientCode, channel).getByTestId('queue-actions').click();
    await this.page.getByTestId(`queue-${action}`).click();
  }

  async select(clientCode: string, channel: string): Promise<void> {
    await this.row(clientCode, channel).getByTestId('queue-select').locator('input').check();
  }

  async filterChannel(channel: string | 'all'): Promise<void> {
    await this.page.getByTestId(`channel-filter-${channel}`).click();
  }

  dialog(testId: string): Locator {
    return this.page.getByTestId(testId);
  }

  async openHistory(): Promise<void> {
    const tab = this.page.getByTestId('reminders-tab-history');
    await tab.click();
    await this.page.getByTestId('history-table').waitFor();
  }

  historyRows(): Locator {
    return this.page.getByTestId('history-row');
  }
}
