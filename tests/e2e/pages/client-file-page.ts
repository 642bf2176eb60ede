import type { Locator, Page } from 'playwright-core';

export type ClientFileTab = 'invoices' | 'payments' | 'contacts' | 'disputes' | 'notes' | 'timeline';
export const FILE_FIGURES = ['file-exposure', 'file-overdue', 'file-not-due', 'file-to-issue'] as const;
export type FileFigure = (typeof FILE_FIGURES)[number];

/** A client's file (fiche client): header, figures, tabs and the dialogs opened from them. */
export class ClientFilePage {
  readonly root: Locator;
  readonly title: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('client-file');
    this.title = page.getByRole('heading', { level: 1 });
  }

  async waitUntilLoaded(clientId?: number): Promise<void> {
    const root =
      clientId === undefined
        ? this.root
        : this.page.locator(`[data-testid="client-file"][data-client-id="${clientId}"]`);
    await root.waitFor({ state: 'visible' });
  }

  async figure(name: FileFigure): Promise<string> {
    return (await this.page.getByTestId(name).textContent()) ?? '';
  }

  async openTab(tab: ClientFileTab): Promise<void> {
    await this.page.getByTestId(`client-tab-${tab}`).click();
  }

  invoiceRow(number: string): Locator {
    return this.page.locator(`[data-testid="invoice-row"][data-invoice-number="${number}"]`);
  }

  async invoiceAction(number: string, action: 'edit' | 'dispute' | 'allocate'): Promise<void> {
    await this.page.getByTestId(`invoice-actions-${number}`).click();
    await this.page.getByTestId(`invoice-action-${action}`).click();
  }

  dialog(testId: string): Locator {
    return this.page.getByTestId(testId);
  }

  /** A field of the open dialog by its label (required fields carry a " *"). */
  field(dialog: Locator, label: string): Locator {
    const escaped = label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    // MUI writes the asterisk after a thin space.
    return dialog.getByLabel(new RegExp(`^${escaped}(\\s*\\*)?$`));
  }

  lettrageAmount(number: string): Locator {
    return this.page.getByTestId(`lettrage-amount-${number}`);
  }

  lettrageLines(): Locator {
    return this.page.locator('[data-testid="lettrage-line"]');
  }

  timelineEntries(): Locator {
    return this.page.getByTestId('timeline-entry');
  }

  /** Closes the confirmation toast, so screenshots show what is under it. */
  async dismissNotification(): Promise<void> {
    const toast = this.page.getByTestId('notification');
    if ((await toast.count()) === 0) return;
    // It may hide by itself meanwhile (after 4 s): then there is nothing left to click.
    await toast
      .getByRole('button')
      .click({ timeout: 2_000 })
      .catch(() => undefined);
    await toast.waitFor({ state: 'detached' });
  }
}
