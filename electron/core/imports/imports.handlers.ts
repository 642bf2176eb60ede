import type { HandlersFor } from '../handler-types';
import { previewFec, runFec } from './fec-service';
import { previewImport, runImport } from './import-service';
import { inspectImport } from './inspect-service';
import { checkMappingFields } from './mapping/resolve-mapping';
import { deleteMapping, listMappings, saveMapping } from './mapping/mappings.repo';

export const importHandlers = {
  'imports.inspect': async (input, ctx) => inspectImport(ctx, input),
  'imports.preview': async (input, ctx) => previewImport(ctx, input),
  'imports.run': async (input, ctx) => runImport(ctx, input),
  'imports.fec.preview': async (input, ctx) => previewFec(ctx, input),
  'imports.fec.run': async (input, ctx) => runFec(ctx, input),
  'imports.mappings.list': async ({ kind }, ctx) => listMappings(ctx.db, kind),
  'imports.mappings.save': async (input, ctx) => {
    checkMappingFields(input.kind, input.mapping, input.columns);
    return saveMapping(ctx.db, input);
  },
  'imports.mappings.delete': async ({ id }, ctx) => {
    await deleteMapping(ctx.db, id);
    return null;
  },
} satisfies HandlersFor<'imports.'>;
