import type { Locator, Page } from 'playwright-core';

/** The Appels screen: today's list, the call sheet with its log, the promises and collectors tabs. */
export class CallsPage {
  readonly list: Locator;
  readonly sheet: Locator;

  constructor(readonly page: Page) {
    this.list = page.getByTestId('call-list');
    this.sheet = page.getByTestId('call-sheet');
  }

  async waitUntilLoaded(): Promise<void> {
    await this.list.waitFor({ state: 'visible' });
  }

  rows(): Locator {
    return this.page.getByTestId('call-row');
  }

  row(clientId: number): Locator {
    return this.page.locator(`[data-testid="call-row"][data-client-id="${clientId}"]`);
  }

  /** The client ids in the order shown. */
  async clientIds(): Promise<number[]> {
    return this.rows().evaluateAll((rows) => rows.map((row) => Number(row.getAttribute('data-client-id'))));
  }

  /** Opens a client's sheet from the keyboard (focus the row, Enter) and waits until it has the focus. */
  async openSheet(clientId: number): Promise<void> {
    await this.row(clientId).focus();
    await this.page.keyboard.press('Enter');
    await this.waitForSheet(clientId);
  }

  async waitForSheet(clientId: number): Promise<void> {
    await this.page.locator(`[data-testid="call-sheet"][data-client-id="${clientId}"]`).waitFor();
    await this.page.waitForFunction(
      (id) => document.activeElement?.getAttribute('data-client-id') === String(id),
      clientId,
    );
  }

  async sheetClientId(): Promise<number> {
    return Number(await this.sheet.getAttribute('data-client-id'));
  }

  async openTab(tab: 'today' | 'promises' | 'collectors'): Promise<void> {
    await this.page.getByTestId(`calls-tab-${tab}`).click();
  }
}
