import type { Locator, Page } from 'playwright-core';

/** The screen shown when no ledger is open. */
export class WelcomePage {
  readonly openDemoButton: Locator;
  readonly openPathField: Locator;
  readonly openButton: Locator;
  readonly error: Locator;

  constructor(readonly page: Page) {
    this.openDemoButton = page.getByTestId('open-demo');
    this.openPathField = page.getByTestId('open-path');
    this.openButton = page.getByTestId('open-ledger');
    this.error = page.getByTestId('api-error');
  }

  async waitUntilShown(): Promise<void> {
    await this.openDemoButton.waitFor({ state: 'visible' });
  }

  async openDemo(): Promise<void> {
    await this.openDemoButton.click();
  }

  /** Browser mode has no native dialog: the path is typed. */
  async openPath(path: string): Promise<void> {
    await this.openPathField.fill(path);
    await this.openButton.click();
  }
}
