import type { Locator, Page } from 'playwright-core';

/** The client list (an MUI DataGrid searched, sorted and paged by the core). */
export class ClientsPage {
  readonly searchField: Locator;
  readonly grid: Locator;

  constructor(readonly page: Page) {
    this.searchField = page.getByTestId('client-search');
    this.grid = page.getByRole('grid');
  }

  async waitUntilLoaded(): Promise<void> {
    await this.rows().first().waitFor({ state: 'visible' });
  }

  /** Data rows only (the header row has no data-id). */
  rows(): Locator {
    return this.grid.locator('[role="row"][data-id]');
  }

  columnHeader(field: string): Locator {
    return this.grid.locator(`[role="columnheader"][data-field="${field}"]`);
  }

  async search(text: string): Promise<void> {
    await this.searchField.fill(text);
  }

  /** Client codes of the rows shown, top to bottom. */
  async codes(): Promise<string[]> {
    return this.rows().locator('[role="gridcell"][data-field="code"]').allTextContents();
  }

  async firstRowCode(): Promise<string | null> {
    return (await this.codes())[0] ?? null;
  }

  /** The grid's own loading overlay: rows shown during it may still be the previous answer's. */
  async isLoading(): Promise<boolean> {
    return (await this.grid.locator('.MuiDataGrid-overlay, [role="progressbar"]').count()) > 0;
  }

  async sortDirection(field: string): Promise<string | null> {
    return this.columnHeader(field).getAttribute('aria-sort');
  }

  /** Opens a client's file by clicking its row. */
  async openClient(code: string): Promise<void> {
    await this.rows()
      .filter({ has: this.page.locator(`[data-field="code"]:text-is("${code}")`) })
      .click();
  }

  async clickHeader(field: string): Promise<void> {
    await this.columnHeader(field).locator('.MuiDataGrid-columnHeaderTitleContainer').click();
  }
}
