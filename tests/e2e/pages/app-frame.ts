import type { Locator, Page } from 'playwright-core';

export type Screen = 'dashboard' | 'clients' | 'reminders' | 'calls' | 'disputes' | 'imports' | 'settings';

/** What surrounds every screen once a ledger is open: app bar, navigation, language switch. */
export class AppFrame {
  readonly companyName: Locator;
  readonly languageSwitch: Locator;

  constructor(readonly page: Page) {
    this.companyName = page.getByTestId('company-name');
    this.languageSwitch = page.getByTestId('language-switch');
  }

  nav(screen: Screen): Locator {
    return this.page.getByTestId(`nav-${screen}`);
  }

  async goTo(screen: Screen): Promise<void> {
    await this.nav(screen).click();
  }

  async switchLanguage(language: 'fr' | 'en'): Promise<void> {
    await this.languageSwitch.click();
    await this.page.getByTestId(`language-${language}`).click();
  }
}
