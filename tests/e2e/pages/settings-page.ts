import type { Locator, Page } from 'playwright-core';

export type SettingsTab = 'letterhead' | 'penalties' | 'rates' | 'plans' | 'templates' | 'ledger';

/** The settings screen: its tabs, and the editors inside them. */
export class SettingsPage {
  readonly notification: Locator;

  constructor(readonly page: Page) {
    this.notification = page.getByTestId('notification');
  }

  /** Closes the "saved" notification, so it does not hide what the next screenshot shows. */
  async dismissNotification(): Promise<void> {
    if (await this.notification.isVisible()) await this.notification.getByRole('button').click();
    await this.notification.waitFor({ state: 'hidden' });
  }

  panel(tab: SettingsTab): Locator {
    return this.page.getByTestId(`settings-panel-${tab}`);
  }

  async openTab(tab: SettingsTab): Promise<void> {
    await this.page.getByTestId(`settings-tab-${tab}`).click();
    await this.panel(tab).waitFor({ state: 'visible' });
  }

  /** A form input by its exact label (required fields add " *", matched too). */
  field(scope: Locator, label: string): Locator {
    return scope.getByLabel(new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(\\s*\\*)?$`));
  }

  /** The helper text under an input (its error once refused). */
  async helperText(input: Locator): Promise<string> {
    const ids = ((await input.getAttribute('aria-describedby')) ?? '').split(' ').filter(Boolean);
    const texts = await Promise.all(ids.map((id) => this.page.locator(`[id="${id}"]`).textContent()));
    return texts.join(' ').trim();
  }

  /** Picks an option of an MUI select. */
  async choose(combobox: Locator, option: string): Promise<void> {
    await combobox.click();
    await this.page.getByRole('option', { name: option, exact: true }).click();
  }

  planCard(code: string): Locator {
    return this.page.locator(`[data-testid="plan-card"][data-plan-code="${code}"]`);
  }

  templateItem(code: string): Locator {
    return this.page.locator(`[data-testid="template-item"][data-code="${code}"]`);
  }

  mergeField(key: string): Locator {
    return this.page.locator(`[data-testid="merge-field"][data-key="${key}"]`);
  }
}
