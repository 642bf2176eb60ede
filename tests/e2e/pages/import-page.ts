import type { Locator, Page } from 'playwright-core';

/** The Importer screen: a stepper from the file to the summary. */
export class ImportPage {
  readonly fileInput: Locator;

  constructor(readonly page: Page) {
    this.fileInput = page.getByTestId('import-file-input');
  }

  async chooseKind(kind: 'clients' | 'invoices' | 'payments' | 'fec'): Promise<void> {
    await this.page.getByTestId(`import-kind-${kind}`).locator('input').check();
  }

  /** The hidden <input type="file"> takes the file as if picked in the system dialog. */
  async pickFile(name: string, content: Buffer | string, mimeType = 'text/csv'): Promise<void> {
    await this.fileInput.setInputFiles({ name, mimeType, buffer: Buffer.from(content) });
  }

  step(step: 'file' | 'mapping' | 'preview' | 'summary'): Locator {
    return this.page.getByTestId(`import-step-${step}`);
  }

  mappedColumn(field: string): Locator {
    return this.page.locator(`[data-testid="import-mapping"] [data-field="${field}"] [role="combobox"]`);
  }

  errorRows(): Locator {
    return this.page.getByTestId('import-error-row');
  }

  async check(): Promise<void> {
    await this.page.getByTestId('import-check').click();
  }

  async run(): Promise<void> {
    await this.page.getByTestId('import-run').click();
  }
}
