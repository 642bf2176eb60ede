import type { Locator, Page } from 'playwright-core';

/** The Litiges screen: every dispute of the ledger, filtered by status. */
export class DisputesPage {
  readonly table: Locator;

  constructor(readonly page: Page) {
    this.table = page.getByTestId('disputes-table');
  }

  async waitUntilLoaded(): Promise<void> {
    await this.table.waitFor({ state: 'visible' });
  }

  async filter(status: 'active' | 'resolved' | 'all'): Promise<void> {
    await this.page.getByTestId(`dispute-filter-${status}`).click();
  }

  row(invoiceNumber: string): Locator {
    return this.page.locator(`[data-testid="dispute-row"][data-invoice-number="${invoiceNumber}"]`);
  }

  async resolve(invoiceNumber: string, outcome: string): Promise<void> {
    await this.row(invoiceNumber).getByTestId('dispute-actions').click();
    await this.page.getByTestId('dispute-resolve').click();
    const form = this.page.getByTestId('resolve-dispute-form');
    await form.getByLabel(outcome).check();
    await form.getByTestId('form-submit').click();
    await form.waitFor({ state: 'detached' });
  }
}
