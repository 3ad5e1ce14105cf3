import { execFile } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, readlinkSync, realpathSync, unlinkSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const hasProc = existsSync('/proc/self/stat');

/** Set on every postmaster we start: tells a later start whether its owner still runs. */
export const OWNER_SETTING = 'passend.owner_pid';

/** How long a stale postmaster may take for its fast shutdown before it is told to stop at once. */
const STALE_STOP_MS = 60_000;
/** How long the children of a killed postmaster may take to notice and leave. */
const CHILDREN_LEAVE_MS = 30_000;

interface ProcessInfo {
  ppid: number;
  /** One letter as in ps(1); 'Z' is a zombie: dead, holding nothing, but kill(pid, 0) succeeds. */
  state: string;
  args: string[];
  /** Linux only; undefined when unreadable (zombie, or another user's process). */
  cwd: string | undefined;
}

async function inspect(pid: number): Promise<ProcessInfo | undefined> {
  if (hasProc) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const [state = '?', ppid = '0'] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const args = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean);
      let cwd: string | undefined;
      try {
        cwd = readlinkSync(`/proc/${pid}/cwd`);
      } catch {
        cwd = undefined;
      }
      return { ppid: Number(ppid), state, args, cwd };
    } catch {
      return undefined;
    }
  }
  try {
    const { stdout } = await run('ps', ['-o', 'stat=,ppid=,command=', '-p', String(pid)]);
    const [state = '?', ppid = '0', ...args] = stdout.trim().split(/\s+/);
    return { ppid: Number(ppid), state: state.charAt(0), args, cwd: undefined };
  } catch {
    return undefined;
  }
}

const isRunning = (info: ProcessInfo | undefined): info is ProcessInfo => info !== undefined && info.state !== 'Z';

function isPostmasterOf(info: ProcessInfo, dir: string, realDir: string): boolean {
  if (info.cwd !== undefined) return info.cwd === realDir;
  const d = info.args.indexOf('-D');
  return d >= 0 && [dir, realDir].includes(path.resolve(info.args[d + 1] ?? ''));
}

/** Processes working in the cluster directory: a postmaster and all its children chdir there. */
export function processesIn(realDir: string): number[] {
  if (!hasProc) return [];
  const pids: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (readlinkSync(`/proc/${entry}/cwd`) === realDir) pids.push(Number(entry));
    } catch {
      // ended while we looked, or not ours to inspect
    }
  }
  return pids;
}

function pidFromLockFile(dir: string): number | undefined {
  try {
    const pid = Number.parseInt(readFileSync(path.join(dir, 'postmaster.pid'), 'utf8').split('\n')[0] ?? '', 10);
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

async function waitUntilGone(pid: number, ms: number): Promise<boolean> {
  for (const end = Date.now() + ms; Date.now() < end; await sleep(100)) {
    if (!isRunning(await inspect(pid))) return true;
  }
  return false;
}

/**
 * Makes the cluster in `dir` free to start after whatever happened to the previous run.
 * - A postmaster still serving `dir` whose Passend process is gone (the app was killed) is
 *   stopped with a fast shutdown, and we wait for it: its shutdown checkpoint keeps every
 *   committed write. One whose Passend process still runs is not ours to stop: that is an error.
 * - After the postmaster itself was killed, its children leave by themselves within seconds;
 *   PostgreSQL refuses to start while they still hold the old shared memory, so we wait.
 * - A lock file naming a zombie or an unrelated process would make PostgreSQL refuse to
 *   start forever; once nothing works in `dir` any more, it is removed.
 * PostgreSQL's own crash recovery then replays the WAL.
 */
export async function clearStaleServer(dir: string, log: (line: string) => void): Promise<void> {
  const realDir = realpathSync(dir);
  const pid = pidFromLockFile(dir);
  const info = pid === undefined ? undefined : await inspect(pid);
  if (pid !== undefined && isRunning(info) && isPostmasterOf(info, dir, realDir)) {
    const ownerArg = info.args.find((a) => a.startsWith(`${OWNER_SETTING}=`));
    const owner = ownerArg ? Number(ownerArg.split('=')[1]) : undefined;
    if (owner !== undefined && info.ppid === owner) {
      throw new Error(
        `${dir} is in use by the PostgreSQL (pid ${pid}) of a Passend server that is still running (pid ${owner}). ` +
          'Stop that server first, or give this one its own DATA_DIR and EMBEDDED_PG_PORT.',
      );
    }
    log(`stopping a PostgreSQL server (pid ${pid}) left running on ${dir} by an earlier run`);
    process.kill(pid, 'SIGINT');
    if (!(await waitUntilGone(pid, STALE_STOP_MS))) {
      log(`PostgreSQL (pid ${pid}) did not stop within ${STALE_STOP_MS / 1000} s: immediate shutdown, crash recovery follows`);
      process.kill(pid, 'SIGQUIT');
      await waitUntilGone(pid, 10_000);
    }
  }

  let left = processesIn(realDir);
  if (left.length > 0) log(`waiting for the processes of an earlier PostgreSQL to leave ${dir} (${left.join(', ')})`);
  for (const end = Date.now() + CHILDREN_LEAVE_MS; left.length > 0 && Date.now() < end; left = processesIn(realDir)) await sleep(200);
  if (left.length > 0) log(`processes still working in ${dir}: ${left.join(', ')}`);

  const lockPid = pidFromLockFile(dir);
  if (lockPid === undefined || left.length > 0) return;
  const holder = await inspect(lockPid);
  if (holder && (holder.state === 'Z' || (holder.cwd !== undefined && holder.cwd !== realDir))) {
    log(`removing the lock file of the earlier PostgreSQL (pid ${lockPid} is ${holder.state === 'Z' ? 'a zombie' : 'another program now'})`);
    unlinkSync(path.join(dir, 'postmaster.pid'));
  }
}

/** Leftover initialisation directories of runs that were killed while creating the cluster. */
export function staleInitDirs(dir: string): string[] {
  const parent = path.dirname(dir);
  const prefix = `${path.basename(dir)}.init-`;
  return readdirSync(parent)
    .filter((name) => name.startsWith(prefix))
    .filter((name) => {
      const pid = Number(name.slice(prefix.length));
      return !Number.isInteger(pid) || !isAlive(pid);
    })
    .map((name) => path.join(parent, name));
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}
