import { startEncaisse } from './app-lifecycle';

/** Entry point of the Electron main process (bundled to build/electron/main.cjs). */
startEncaisse();
