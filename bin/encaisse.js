#!/usr/bin/env node
// Launcher of the `encaisse` command: runs the TypeScript CLI through tsx (a runtime dependency), with the
// repository's Node tsconfig whatever the working directory.
import { fileURLToPath } from 'node:url';
import { tsImport } from 'tsx/esm/api';

await tsImport('../electron/cli/main.ts', {
  parentURL: import.meta.url,
  tsconfig: fileURLToPath(new URL('../tsconfig.node.json', import.meta.url)),
});
