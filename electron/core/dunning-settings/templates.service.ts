import { sql, type Kysely, type Selectable, type Transaction } from 'kysely';
import type { ParsedInputOf } from '../../../shared/contract/contract';
import { CoreError } from '../../../shared/contract/errors';
import {
  templateLevels,
  type LetterTemplate,
  type TemplateLanguage,
  type TemplateLevel,
} from '../../../shared/contract/reminders.types';
import { findUnknownFields, isBlockField, FIELD_PATTERN } from '../../../shared/domain/templates/merge-fields';
import type { DB, LetterTemplateTable } from '../db/tables';

type Db = Kysely<DB> | Transaction<DB>;
type TemplateInput = ParsedInputOf<'templates.save'>;

const touch = sql<string>`strftime('%Y-%m-%dT%H:%M:%fZ', 'now')`;

function toTemplate(row: Selectable<LetterTemplateTable>): LetterTemplate {
  return {
    id: row.id,
    code: row.code,
    name: row.name,
    language: row.language as TemplateLanguage,
    level: row.level as TemplateLevel,
    subject: row.subject,
    body: row.body,
    updatedAt: row.updated_at,
  };
}

/** French first (the app's first language), then English; within one, as letters escalate, then by name. */
const LANGUAGE_ORDER: TemplateLanguage[] = ['fr', 'en'];

export async function listTemplates(db: Db, language?: TemplateLanguage): Promise<LetterTemplate[]> {
  let query = db.selectFrom('letter_template').selectAll();
  if (language) query = query.where('language', '=', language);
  const rank = (level: string) => templateLevels.indexOf(level as TemplateLevel);
  return (await query.execute())
    .map(toTemplate)
    .sort(
      (a, b) =>
        LANGUAGE_ORDER.indexOf(a.language) - LANGUAGE_ORDER.indexOf(b.language) ||
        rank(a.level) - rank(b.level) ||
        a.name.localeCompare(b.name, 'fr') ||
        a.id - b.id,
    );
}

/** An unknown `{{field}}` in the subject or body is refused, naming it; a block has no place in a subject. */
function checkMergeFields(input: TemplateInput): void {
  for (const field of ['subject', 'body'] as const) {
    const unknown = findUnknownFields(input[field]);
    if (unknown.length > 0) {
      const names = unknown.map((key) => `{{${key}}}`).join(', ');
      const what = field === 'subject' ? "l'objet" : 'le texte';
      throw new CoreError(
        'validation',
        unknown.length === 1
          ? `Champ de fusion inconnu dans ${what} : ${names}.`
          : `Champs de fusion inconnus dans ${what} : ${names}.`,
        field,
      );
    }
  }
  const block = [...input.subject.matchAll(FIELD_PATTERN)].map((match) => match[1]).find(isBlockField);
  if (block) {
    throw new CoreError(
      'validation',
      `{{${block}}} est un bloc (tableau ou coordonnées) : placez-le seul sur une ligne du texte, pas dans l'objet.`,
      'subject',
    );
  }
}

async function requireCodeFree(db: Db, code: string, exceptId?: number): Promise<void> {
  let query = db.selectFrom('letter_template').select('id').where('code', '=', code);
  if (exceptId !== undefined) query = query.where('id', '<>', exceptId);
  if (await query.executeTakeFirst()) {
    throw new CoreError('conflict', `Un modèle de lettre porte déjà le code « ${code} ».`, 'code');
  }
}

/** fr.reminder_1.2, fr.reminder_1.3…: beside the shipped fr.reminder_1, the first number free. */
async function newCode(db: Db, language: TemplateLanguage, level: TemplateLevel): Promise<string> {
  const prefix = `${language}.${level}.`;
  const taken = new Set(
    (await db.selectFrom('letter_template').select('code').where('code', 'like', `${prefix}%`).execute()).map(
      (row) => row.code,
    ),
  );
  let suffix = 2;
  while (taken.has(`${prefix}${suffix}`)) suffix += 1;
  return `${prefix}${suffix}`;
}

export async function saveTemplate(db: Kysely<DB>, input: TemplateInput): Promise<LetterTemplate> {
  checkMergeFields(input);
  return db.transaction().execute(async (trx) => {
    const fields = {
      name: input.name,
      language: input.language,
      level: input.level,
      subject: input.subject,
      body: input.body,
    };
    if (input.id === undefined) {
      const code = input.code ?? (await newCode(trx, input.language, input.level));
      await requireCodeFree(trx, code);
      const { id } = await trx
        .insertInto('letter_template')
        .values({ code, ...fields })
        .returning('id')
        .executeTakeFirstOrThrow();
      return readTemplate(trx, id);
    }
    await readTemplate(trx, input.id);
    if (input.code !== undefined) await requireCodeFree(trx, input.code, input.id);
    await trx
      .updateTable('letter_template')
      .set({ ...fields, ...(input.code !== undefined ? { code: input.code } : {}), updated_at: touch })
      .where('id', '=', input.id)
      .execute();
    return readTemplate(trx, input.id);
  });
}

export async function readTemplate(db: Db, id: number): Promise<LetterTemplate> {
  const row = await db.selectFrom('letter_template').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw new CoreError('not_found', `Aucun modèle de lettre n° ${id}.`, 'id');
  return toTemplate(row);
}
