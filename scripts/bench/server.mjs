// Starts the production server (dist-server/main.js: CSP header, gzip, events) on a free port.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';

/** A port nothing listens on, starting from `from` (4180 by default). */
export async function freePort(from = 4180) {
  for (let port = from; port < from + 100; port++) {
    const free = await new Promise((resolve) => {
      const probe = createServer();
      probe.once('error', () => resolve(false));
      probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
    });
    if (free) return port;
  }
  throw new Error(`no free port between ${from} and ${from + 99}`);
}

/**
 * Starts the server and waits until it serves pages and its database is ready (so no database
 * start-up work runs during a measurement). Events go to an in-memory database unless `env`
 * says otherwise.
 * @param {{ outDir?: string, port?: number, env?: Record<string, string> }} [options]
 * @returns {Promise<{ origin: string, stop: () => Promise<void>, kill: () => Promise<void> }>}
 */
export async function startServer({ outDir = 'dist', port, env = {} } = {}) {
  const chosen = port ?? (await freePort());
  const child = spawn(process.execPath, ['dist-server/main.js'], {
    env: {
      ...process.env,
      DATABASE_URL: 'memory://',
      FIXPATH_INSIGHTS_TOKEN: 'bench-insights-token-0123456789',
      ...env,
      PORT: String(chosen),
      OUT_DIR: outDir,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const origin = `http://localhost:${chosen}`;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${output}`)), 120_000);
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    const early = (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited (${code}):\n${output}`));
    };
    child.on('exit', early);
    const poll = async () => {
      const ready = await fetch(`${origin}/api/health`).then(
        (r) => r.status === 200,
        () => false,
      );
      if (ready) {
        clearTimeout(timer);
        child.off('exit', early);
        resolve();
      } else setTimeout(poll, 200);
    };
    void poll();
  });
  const end = (signal) => async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill(signal);
    await exited;
  };
  return { origin, stop: end('SIGTERM'), kill: end('SIGKILL') };
}
