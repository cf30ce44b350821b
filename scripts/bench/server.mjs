// Starts scripts/serve.mjs (the production server: CSP header, gzip) on a free port.
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
 * @param {{ outDir?: string, port?: number }} [options]
 * @returns {Promise<{ origin: string, stop: () => Promise<void> }>}
 */
export async function startServer({ outDir = 'dist', port } = {}) {
  const chosen = port ?? (await freePort());
  const child = spawn(process.execPath, ['scripts/serve.mjs'], {
    env: { ...process.env, PORT: String(chosen), OUT_DIR: outDir },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${output}`)), 10_000);
    child.stdout.on('data', (chunk) => {
      output += chunk;
      if (output.includes('being served')) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited (${code}):\n${output}`));
    });
  });
  const stop = () =>
    new Promise((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.removeAllListeners('exit');
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
  return { origin: `http://localhost:${chosen}`, stop };
}
