import { useState } from 'react';
import type { ApiError } from '../../shared/contract/errors';
import type { ImportDateFormat, ImportInspection, ImportMapping } from '../../shared/contract/imports.types';
import { callValue, toApiError, useBridge } from '../api/bridge';
import { initialMapping, type AnyReport, type WizardKind, type WizardStep } from './import-wizard';
import { newTaskId } from './new-task-id';
import { FileTooLarge, readImportFile, type ImportSource } from './read-file';

/** The long call under way, for the progress bar and the Cancel button. */
export interface RunningTask {
  id: string;
  purpose: 'read' | 'preview' | 'run';
}

/**
 * The import wizard's state and steps: file → (mapping) → preview → run → summary. Nothing is written before
 * `run`; a cancelled or refused call leaves the user on the step they were on, with the reason.
 */
export function useImportWizard() {
  const bridge = useBridge();
  const [kind, setKind] = useState<WizardKind>('invoices');
  const [step, setStep] = useState<WizardStep>('file');
  const [source, setSource] = useState<ImportSource | null>(null);
  const [inspection, setInspection] = useState<ImportInspection | null>(null);
  const [mapping, setMapping] = useState<ImportMapping>({});
  const [dateFormat, setDateFormat] = useState<ImportDateFormat>('dmy');
  const [preview, setPreview] = useState<AnyReport | null>(null);
  const [result, setResult] = useState<AnyReport | null>(null);
  const [skipInvalidRows, setSkipInvalidRows] = useState(false);
  const [task, setTask] = useState<RunningTask | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [fileTooLarge, setFileTooLarge] = useState<number | null>(null);

  async function track<T>(purpose: RunningTask['purpose'], work: (taskId: string) => Promise<T>): Promise<T | null> {
    const id = newTaskId();
    setTask({ id, purpose });
    setError(null);
    try {
      return await work(id);
    } catch (failure) {
      setError(toApiError(failure));
      return null;
    } finally {
      setTask(null);
    }
  }

  const previewFile = (from: ImportSource, chosenKind: WizardKind, chosenMapping: ImportMapping) =>
    track('preview', async (taskId) => {
      const report =
        chosenKind === 'fec'
          ? await callValue(bridge, 'imports.fec.preview', { source: from, taskId })
          : await callValue(bridge, 'imports.preview', {
              source: from,
              kind: chosenKind,
              mapping: chosenMapping,
              dateFormat,
              taskId,
            });
      setPreview(report);
      setSkipInvalidRows(false);
      setStep('preview');
    });

  /** Step 1: read the file, then inspect its columns (CSV, XLSX) or preview it straight away (FEC). */
  async function chooseFile(file: File): Promise<void> {
    setFileTooLarge(null);
    let read: ImportSource;
    try {
      read = await readImportFile(file);
    } catch (failure) {
      if (failure instanceof FileTooLarge) setFileTooLarge(failure.size);
      else setError(toApiError(failure));
      return;
    }
    setSource(read);
    setPreview(null);
    if (kind === 'fec') {
      await previewFile(read, kind, {});
      return;
    }
    await track('read', async () => {
      const found = await callValue(bridge, 'imports.inspect', { source: read, kind, dateFormat });
      setInspection(found);
      setMapping(initialMapping(found));
      setStep('mapping');
    });
  }

  /** Step 2 → 3: check every row with the chosen mapping; nothing is written. */
  const checkMapping = () => (source ? previewFile(source, kind, mapping) : Promise.resolve(null));

  /** Step 3 → 4 → 5: the import itself, in one transaction. */
  async function run(): Promise<void> {
    if (!source) return;
    const previous = step;
    setStep('running');
    const report = await track('run', (taskId): Promise<AnyReport> =>
      kind === 'fec'
        ? callValue(bridge, 'imports.fec.run', { source, taskId, skipInvalidRows })
        : callValue(bridge, 'imports.run', { source, kind, mapping, dateFormat, taskId, skipInvalidRows }),
    );
    if (report) {
      setResult(report);
      setStep('summary');
    } else {
      setStep(previous);
    }
  }

  async function cancel(): Promise<void> {
    if (task) await bridge.call('tasks.cancel', { taskId: task.id });
  }

  function back(): void {
    setError(null);
    if (step === 'preview' && kind !== 'fec') setStep('mapping');
    else setStep('file');
  }

  function restart(): void {
    setStep('file');
    setSource(null);
    setInspection(null);
    setPreview(null);
    setResult(null);
    setError(null);
    setMapping({});
  }

  return {
    kind,
    setKind: (next: WizardKind) => {
      setKind(next);
      setError(null);
    },
    step,
    source,
    inspection,
    mapping,
    setMapping,
    dateFormat,
    setDateFormat,
    preview,
    result,
    skipInvalidRows,
    setSkipInvalidRows,
    task,
    error,
    dismissError: () => setError(null),
    fileTooLarge,
    chooseFile,
    checkMapping,
    run,
    cancel,
    back,
    restart,
  };
}

export type ImportWizard = ReturnType<typeof useImportWizard>;
