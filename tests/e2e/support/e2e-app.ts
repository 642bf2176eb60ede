import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { InputOf, MethodName, ResultOf } from '../../../shared/contract/contract';
import { createWorkspace, type Workspace } from '../../../electron/core/workspace/workspace';
import { createHarness, type Harness } from '../../harness/harness';
import { launchChromium } from './browser';

/** A fixed "today" so the demo company and every figure derived from it are the same on every run. */
export const E2E_TODAY = '2026-11-22';

const projectRoot = join(__dirname, '..', '..', '..');
// ENCAISSE_RENDERER_DIR lets two people build and test the UI side by side without overwriting each other.
export const RENDERER_DIR = process.env.ENCAISSE_RENDERER_DIR ?? join(projectRoot, 'build', 'renderer');
export const SCREENSHOT_DIR = join(projectRoot, 'tests', 'e2e', 'screenshots');

/** Console messages or failed requests accepted as harmless (none today: every one fails the test). */
const KNOWN_HARMLESS: RegExp[] = [];

export interface E2eApp {
  dataDir: string;
  /** The very workspace the harness serves: figures read through it are the ones the page shows. */
  workspace: Workspace;
  harness: Harness;
  browser: Browser;
  page: Page;
  /** Uncaught page errors, console errors (a CSP violation shows up here) and failed requests. */
  problems: string[];
  /** `problems` less the known harmless ones: what a test should find empty. */
  unexpectedProblems(): string[];
  /** A core call from the test process; throws when the core refuses it. */
  call<M extends MethodName>(method: M, input: InputOf<M>): Promise<ResultOf<M>>;
  /** Full page by default; `fullPage: false` for a dialog (a modal's backdrop only covers the viewport). */
  screenshot(name: string, options?: { fullPage?: boolean }): Promise<string>;
  close(): Promise<void>;
}

/**
 * The real built UI in Chromium, served by the harness over a workspace in a fresh temporary data folder:
 * the first launch of a new user. One per test file (the files run one after the other).
 */
export async function startE2eApp(): Promise<E2eApp> {
  if (!existsSync(join(RENDERER_DIR, 'index.html'))) {
    throw new Error(
      `${RENDERER_DIR}/index.html is missing: build the UI first (\`npx vite build\`; npm test does it).`,
    );
  }
  const dataDir = mkdtempSync(join(tmpdir(), 'encaisse-e2e-'));
  const workspace = createWorkspace({ dataDir, today: E2E_TODAY });
  const harness = await createHarness({ workspace, rendererDir: RENDERER_DIR });
  const browser = await launchChromium();
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'fr-FR' });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    // Failed loads are recorded with their URL from the server side below; Chromium's message lacks it.
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) {
      problems.push(`console: ${message.text()}`);
    }
  });
  harness.server.on('request', (request, response) =>
    response.on('finish', () => {
      if (response.statusCode >= 400) problems.push(`HTTP ${response.statusCode} ${request.method} ${request.url}`);
    }),
  );
  await page.goto(harness.url);
  mkdirSync(SCREENSHOT_DIR, { recursive: true });

  return {
    dataDir,
    workspace,
    harness,
    browser,
    page,
    problems,
    unexpectedProblems: () => problems.filter((problem) => !KNOWN_HARMLESS.some((known) => known.test(problem))),
    async call(method, input) {
      const result = await workspace.dispatch(method, input);
      if (!result.ok) throw new Error(`${method} failed: ${result.error.code} ${result.error.message}`);
      return result.value as never;
    },
    async screenshot(name, options = {}) {
      const path = join(SCREENSHOT_DIR, `${name}.png`);
      const fullPage = options.fullPage ?? true;
      // From the top, or the fixed app bar is drawn wherever the page was scrolled to; CSS transitions are
      // finished first, so a chip just clicked shows its final colour.
      if (fullPage) await page.evaluate(() => window.scrollTo(0, 0));
      await page.screenshot({ path, fullPage, animations: 'disabled' });
      return path;
    },
    async close() {
      await browser.close();
      await harness.close();
      await workspace.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
