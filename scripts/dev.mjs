#!/usr/bin/env node
// `npm run dev`: the API server under `tsx watch` (restarts on every change of a file it
// imports) and the Vite dev server for the web app (hot reload), which proxies /api to the API.
//
// Ports, all from the environment:
//   PORT      API server, default 3000. Vite is told with PASSEND_API_URL=http://127.0.0.1:$PORT.
//   WEB_PORT  Vite, default 5173 (strict: taken means an error, not another port).
//   The API's PUBLIC_URL defaults to the Vite address, so links in mails open the dev web app.
//
// Ctrl-C stops both. When either ends on its own, the other is stopped and we exit non-zero.
// The children read no keyboard (Vite's shortcuts are off): Ctrl-C is the one control.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bin = (name) => path.join(root, 'node_modules', '.bin', name);
const STOP_TIMEOUT_MS = 15_000;
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

const apiPort = process.env.PORT ?? '3000';
const webPort = process.env.WEB_PORT ?? '5173';
const apiUrl = `http://127.0.0.1:${apiPort}`; // the API may listen on 127.0.0.1 only (demo mode)
const webUrl = `http://localhost:${webPort}`;

const children = [
  start('api', bin('tsx'), ['watch', '--clear-screen=false', 'server/src/main.ts'], {
    env: { PORT: apiPort, PUBLIC_URL: process.env.PUBLIC_URL ?? webUrl },
  }),
  start('web', bin('vite'), ['--config', 'web/vite.config.ts', '--port', webPort, '--strictPort', '--clearScreen', 'false'], {
    env: { PASSEND_API_URL: apiUrl, WEB_PORT: webPort },
  }),
];
console.log(`[dev] web app ${webUrl} (hot reload), API ${apiUrl} (restarts on change); /api on ${webUrl} goes to the API. Ctrl-C stops both.`);

let stopping = false;

function start(name, command, args, { env }) {
  // Each child leads its own process group, so stopping it also reaches what it started
  // (tsx watch -> the API -> PostgreSQL; Vite -> esbuild), even after the leader died.
  const child = spawn(command, args, { cwd: root, env: { ...process.env, ...env }, stdio: ['ignore', 'inherit', 'inherit'], detached: true });
  const exited = new Promise((resolve) => {
    child.once('error', (err) => {
      console.error(`[dev] could not start ${name} (${command}): ${err.message}`);
      resolve({ code: 1, signal: null });
    });
    child.once('exit', (code, signal) => resolve({ code, signal }));
  });
  exited.then(({ code, signal }) => {
    if (stopping) return;
    console.error(`[dev] ${name} ended (${signal ?? `exit code ${code}`}); stopping the rest`);
    void stopAll('SIGTERM', 1);
  });
  return { name, child, exited };
}

function signalGroup(child, signal) {
  try {
    process.kill(-child.pid, signal);
    return true;
  } catch (err) {
    return err.code === 'EPERM';
  }
}

async function stopAll(signal, exitCode) {
  if (stopping) return;
  stopping = true;
  await Promise.all(
    children.map(async ({ name, child }) => {
      if (!child.pid) return;
      signalGroup(child, signal);
      for (const end = Date.now() + STOP_TIMEOUT_MS; Date.now() < end; await sleep(100)) {
        if (!signalGroup(child, 0)) return;
      }
      console.error(`[dev] ${name} did not stop within ${STOP_TIMEOUT_MS / 1000} s; killing it`);
      signalGroup(child, 'SIGKILL');
    }),
  );
  process.exit(exitCode);
}

for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => void stopAll(signal === 'SIGHUP' ? 'SIGTERM' : signal, 0));
