// A throwaway PostgreSQL server for tests and the benchmark: initdb into a temporary folder,
// start it on a free loopback port, hand back its URL, and remove it all on stop(). Uses
// Debian's server binaries (/usr/lib/postgresql/<version>/bin) or FIXPATH_PG_BIN. PostgreSQL
// refuses to run as root, so as root the binaries run as the `postgres` user (runuser).
import { execFileSync, spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The folder holding initdb and pg_ctl, or undefined when no PostgreSQL server is installed. */
export function findPostgresBin() {
  const fromEnv = process.env.FIXPATH_PG_BIN;
  if (fromEnv) return existsSync(join(fromEnv, 'initdb')) ? fromEnv : undefined;
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return undefined;
  const versions = readdirSync(root)
    .filter((name) => /^\d+$/.test(name) && existsSync(join(root, name, 'bin', 'initdb')))
    .sort((a, b) => Number(b) - Number(a));
  return versions[0] ? join(root, versions[0], 'bin') : undefined;
}

async function isFree(port) {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', () => resolve(false));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
  });
}

/**
 * @param {{ fromPort?: number, toPort?: number, fast?: boolean }} [options]
 *   fast: no fsync (tests); the benchmark leaves PostgreSQL's defaults.
 * @returns {Promise<{ url: string, port: number, stop: () => void } | undefined>}
 *   undefined when no server binaries are installed.
 */
export async function startPostgresCluster({ fromPort = 4300, toPort, fast = true } = {}) {
  const bin = findPostgresBin();
  if (!bin) return undefined;
  const asRoot = process.getuid?.() === 0;
  const run = (command, args) => {
    const [file, argv] = asRoot
      ? ['runuser', ['-u', 'postgres', '--', join(bin, command), ...args]]
      : [join(bin, command), args];
    const result = spawnSync(file, argv, { encoding: 'utf8' });
    return { ok: result.status === 0, output: `${result.stdout ?? ''}${result.stderr ?? ''}` };
  };
  const dir = mkdtempSync(join(tmpdir(), 'fixpath-pg-'));
  if (asRoot) {
    const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
    chownSync(dir, uid, gid);
  }
  const data = join(dir, 'data');
  let running = false;
  const stop = () => {
    if (running) run('pg_ctl', ['-D', data, '-m', fast ? 'immediate' : 'fast', '-w', 'stop']);
    running = false;
    rmSync(dir, { recursive: true, force: true });
  };
  process.once('exit', stop);
  const init = run('initdb', [
    '-D',
    data,
    '-A',
    'trust',
    '-U',
    'postgres',
    '-E',
    'UTF8',
    '--locale=C',
    '--no-sync',
  ]);
  if (!init.ok) {
    stop();
    throw new Error(`initdb failed:\n${init.output}`);
  }
  const last = toPort ?? fromPort + 99;
  let lastOutput = '';
  for (let port = fromPort; port <= last; port++) {
    if (!(await isFree(port))) continue;
    const settings = [`-p ${port}`, `-k ${dir}`, "-c listen_addresses='127.0.0.1'"];
    if (fast) settings.push('-c fsync=off', '-c synchronous_commit=off', '-c full_page_writes=off');
    const started = run('pg_ctl', [
      '-D',
      data,
      '-o',
      settings.join(' '),
      '-l',
      join(dir, 'log'),
      '-w',
      '-t',
      '60',
      'start',
    ]);
    if (started.ok) {
      running = true;
      return { url: `postgres://postgres@127.0.0.1:${port}/postgres`, port, stop };
    }
    lastOutput = started.output;
  }
  stop();
  throw new Error(`PostgreSQL did not start on any port ${fromPort}-${last}:\n${lastOutput}`);
}
