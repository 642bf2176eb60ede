import type { ComposedLetter } from '../../contract/reminders.types';
import { BLOCK_FIELDS, FIELD_PATTERN, findUnknownFields, isBlockField, type TextFieldKey } from './merge-fields';

export type MergeValues = Record<TextFieldKey, string>;

/** A template that cannot be merged: which field, in the subject or the body, on which line. */
export class TemplateFieldError extends Error {
  constructor(
    readonly key: string,
    readonly where: 'subject' | 'body',
    readonly line: number,
    message: string,
  ) {
    super(message);
    this.name = 'TemplateFieldError';
  }
}

function lineOf(text: string, key: string): number {
  const lines = text.split(/\r?\n/);
  const index = lines.findIndex((line) => [...line.matchAll(FIELD_PATTERN)].some((match) => match[1] === key));
  return index + 1;
}

/** Throws TemplateFieldError for the first unknown field, or a block field used inside a sentence. */
export function checkTemplate(subject: string, body: string): void {
  for (const [where, text] of [
    ['subject', subject],
    ['body', body],
  ] as const) {
    const [unknown] = findUnknownFields(text);
    if (unknown !== undefined) {
      const line = lineOf(text, unknown);
      const place = where === 'subject' ? "dans l'objet" : `ligne ${line} du corps`;
      throw new TemplateFieldError(
        unknown,
        where,
        line,
        `Champ de fusion inconnu {{${unknown}}} (${place}) : utilisez un des champs proposés.`,
      );
    }
  }
  for (const match of subject.matchAll(FIELD_PATTERN)) {
    if (isBlockField(match[1])) {
      throw new TemplateFieldError(
        match[1],
        'subject',
        1,
        `Le bloc {{${match[1]}}} ne peut pas figurer dans l'objet : placez-le seul sur une ligne du corps.`,
      );
    }
  }
  body.split(/\r?\n/).forEach((line, index) => {
    for (const match of line.matchAll(FIELD_PATTERN)) {
      if (isBlockField(match[1]) && line.trim() !== match[0]) {
        throw new TemplateFieldError(
          match[1],
          'body',
          index + 1,
          `Le bloc {{${match[1]}}} (ligne ${index + 1} du corps) doit être seul sur sa ligne.`,
        );
      }
    }
  });
}

function fill(text: string, values: MergeValues): string {
  return text.replace(FIELD_PATTERN, (_whole, key: string) => values[key as TextFieldKey]);
}

/**
 * Template text + values → the letter's parts: a line holding only a block field becomes that block,
 * blank lines separate paragraphs, single line breaks stay inside a paragraph.
 */
export function mergeTemplate(subject: string, body: string, values: MergeValues): ComposedLetter {
  checkTemplate(subject, body);
  const parts: ComposedLetter['parts'] = [];
  let paragraph: string[] = [];
  const flush = () => {
    if (paragraph.length > 0) parts.push({ kind: 'paragraph', text: fill(paragraph.join('\n'), values) });
    paragraph = [];
  };
  for (const rawLine of body.split(/\r?\n/)) {
    const line = rawLine.trim();
    const block = /^\{\{\s*([^{}]*?)\s*\}\}$/.exec(line)?.[1];
    if (block !== undefined && isBlockField(block)) {
      flush();
      parts.push({ kind: BLOCK_FIELDS[block] });
    } else if (line === '') {
      flush();
    } else {
      paragraph.push(rawLine.trimEnd());
    }
  }
  flush();
  return { subject: fill(subject, values).replace(/\s+/g, ' ').trim(), parts };
}
