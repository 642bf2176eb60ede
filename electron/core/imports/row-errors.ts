import { IMPORT_ERRORS_LISTED_MAX } from '../../../shared/contract/imports.contract';
import type { ImportRowError } from '../../../shared/contract/imports.types';

/**
 * Collects row errors from every stage (cell parsing, duplicates in the file, checks against the ledger),
 * counts them all, and keeps only the first ones in row order for the report.
 */
export class RowErrors {
  private kept: ImportRowError[] = [];
  count = 0;
  readonly rejectedRows = new Set<number>();

  add(error: ImportRowError): void {
    this.count++;
    this.rejectedRows.add(error.row);
    this.kept.push(error);
    // Trimming to the first N by row whenever the buffer doubles keeps memory flat on a file of bad rows.
    if (this.kept.length >= 2 * IMPORT_ERRORS_LISTED_MAX) this.trim();
  }

  rejects(row: number): boolean {
    return this.rejectedRows.has(row);
  }

  listed(): ImportRowError[] {
    this.trim();
    return this.kept;
  }

  private trim(): void {
    this.kept.sort((a, b) => a.row - b.row);
    this.kept.length = Math.min(this.kept.length, IMPORT_ERRORS_LISTED_MAX);
  }
}
