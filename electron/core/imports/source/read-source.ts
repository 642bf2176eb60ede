import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { z } from 'zod';
import { IMPORT_MAX_BYTES, type importSource } from '../../../../shared/contract/imports.contract';
import { CoreError } from '../../../../shared/contract/errors';

export type ImportSource = z.output<typeof importSource>;

export interface SourceFile {
  fileName: string;
  bytes: Buffer;
}

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1).replace('.', ',')} Mo`;

function tooLarge(fileName: string, size: number): CoreError {
  return new CoreError(
    'validation',
    `Le fichier « ${fileName} » fait ${megabytes(size)} : 60 Mo au plus. Découpez-le en plusieurs fichiers.`,
    'source',
  );
}

/** Also thrown later when a file holds nothing but blank lines. */
export function emptyFile(fileName: string): CoreError {
  return new CoreError('validation', `Le fichier « ${fileName} » est vide : aucune ligne à importer.`, 'source');
}

/** Loads the file's bytes, refusing missing, oversized and empty files before anything is parsed. */
export async function readSource(source: ImportSource): Promise<SourceFile> {
  let file: SourceFile;
  if ('path' in source) {
    const fileName = basename(source.path);
    const facts = await stat(source.path).catch(() => null);
    if (!facts) throw new CoreError('not_found', `Fichier introuvable : ${source.path}`, 'source.path');
    if (!facts.isFile()) throw new CoreError('validation', `${source.path} n'est pas un fichier.`, 'source.path');
    if (facts.size > IMPORT_MAX_BYTES) throw tooLarge(fileName, facts.size);
    file = { fileName, bytes: await readFile(source.path) };
  } else {
    const padding = source.contentBase64.endsWith('==') ? 2 : source.contentBase64.endsWith('=') ? 1 : 0;
    const size = Math.floor((source.contentBase64.length * 3) / 4) - padding;
    if (size > IMPORT_MAX_BYTES) throw tooLarge(source.fileName, size);
    file = { fileName: source.fileName, bytes: Buffer.from(source.contentBase64, 'base64') };
  }
  if (file.bytes.length === 0) throw emptyFile(file.fileName);
  return file;
}
