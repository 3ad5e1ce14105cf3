import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Why the browser journeys are skipped on this machine, or '' when they run. */
    e2eSkipReason: string;
    /** The Chromium the journeys drive. */
    chromiumPath: string;
    /** The SPA built for this run, served by every journey's server. */
    webDistDir: string;
  }
}

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const run = promisify(execFile);

/** Debian's chromium; PASSEND_CHROMIUM points elsewhere (e.g. to prove that CI fails without it). */
export const CHROMIUM_PATH = process.env.PASSEND_CHROMIUM || '/usr/bin/chromium';

const isCi = () => ['true', '1'].includes((process.env.CI ?? '').toLowerCase());

/**
 * Before the browser journeys: find Chromium and build the web app once into a temporary
 * directory (never web/dist, which belongs to whoever runs `npm run build`).
 *
 * Without Chromium, CI fails: a missing browser is a broken pipeline, never a reason to pass.
 * On a developer machine the journeys are skipped with a loud warning, and only they are.
 */
export default async function setup(project: TestProject) {
  project.provide('chromiumPath', CHROMIUM_PATH);
  if (!existsSync(CHROMIUM_PATH)) {
    const why = `Chromium not found at ${CHROMIUM_PATH}`;
    if (isCi()) {
      throw new Error(`${why}. The browser journeys (e2e/) must run in CI: install it with ` +
        '`apt-get install -y --no-install-recommends chromium` before the tests.');
    }
    const bar = '!'.repeat(78);
    const banner = [
      '', bar,
      '!!  BROWSER JOURNEYS SKIPPED: every test in e2e/*.e2e.ts is skipped on this run.',
      `!!  Why: ${why}.`,
      '!!  Install it (Debian/Ubuntu):',
      '!!      apt-get update && apt-get install -y --no-install-recommends chromium',
      '!!  or point PASSEND_CHROMIUM at a Chromium binary. Never `npx playwright install`.',
      '!!  With CI=true a missing browser fails the run instead.',
      bar, '',
    ].join('\n');
    console.warn(banner);
    project.provide('e2eSkipReason', why);
    project.provide('webDistDir', '');
    // Once more at the end, where it is not scrolled away by the test output.
    return () => console.warn(banner);
  }

  const outDir = await mkdtemp(path.join(tmpdir(), 'passend-e2e-web-'));
  const started = Date.now();
  try {
    await run(path.join(root, 'node_modules/.bin/vite'), ['build', '--config', 'web/vite.config.ts', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'], {
      cwd: root,
      env: { ...process.env, NODE_ENV: 'production' },
      maxBuffer: 16 * 1024 * 1024,
    });
  } catch (err) {
    await rm(outDir, { recursive: true, force: true });
    const e = err as { stdout?: string; stderr?: string; message: string };
    throw new Error(`Building the web app for the browser journeys failed:\n${e.stderr || e.stdout || e.message}`, { cause: err });
  }
  console.log(`[e2e] web app built in ${Date.now() - started} ms into ${outDir}`);
  project.provide('e2eSkipReason', '');
  project.provide('webDistDir', outDir);

  return async () => {
    await rm(outDir, { recursive: true, force: true });
  };
}
