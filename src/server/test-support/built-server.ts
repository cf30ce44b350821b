import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import { inject } from 'vitest';

const root = resolve(import.meta.dirname, '../../..');

/**
 * Bundles src/server/main.ts exactly as `npm run build:server` does, into node_modules/.cache
 * (so its imports resolve to this project's node_modules). Returns the path of main.js.
 */
export async function buildServerBundle(): Promise<string> {
  const outDir = join(root, 'node_modules', '.cache', 'fixpath-test-server');
  await build({
    root,
    configFile: join(root, 'vite.config.ts'),
    logLevel: 'silent',
    build: {
      ssr: 'src/server/main.ts',
      outDir,
      emptyOutDir: true,
      copyPublicDir: false,
      manifest: false,
    },
  });
  return join(outDir, 'main.js');
}

/** The bundle tests/setup-server-bundle.ts made for this run. */
export const serverBundle = (): string => inject('serverBundle');

export async function freePort(from: number): Promise<number> {
  for (let port = from; port < from + 100; port++) {
    const free = await new Promise<boolean>((done) => {
      const probe = createServer();
      probe.once('error', () => done(false));
      probe.listen(port, '127.0.0.1', () => probe.close(() => done(true)));
    });
    if (free) return port;
  }
  throw new Error(`no free port from ${from}`);
}

export interface RunningServer {
  readonly origin: string;
  readonly child: ChildProcess;
  output(): string;
  /** SIGKILL: no chance to close anything. */
  kill(): Promise<void>;
  /** SIGTERM, and wait for the process to end. */
  stop(): Promise<void>;
}

/** Starts the bundled server as its own process and waits until it is ready. */
export async function runServer(
  main: string,
  env: Readonly<Record<string, string>>,
  port: number,
  options: { readonly waitForDatabase?: boolean } = {},
): Promise<RunningServer> {
  // Ready: serving pages, and by default with its database open.
  const health = options.waitForDatabase === false ? '/' : '/api/health';
  const child = spawn(process.execPath, [main], {
    env: { PATH: process.env.PATH ?? '', ...env, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  const origin = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 90_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the server exited:\n${output}`);
    const ready = await fetch(`${origin}${health}`).then(
      (r) => r.status === 200,
      () => false,
    );
    if (ready) break;
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`the server was not ready in time:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    origin,
    child,
    output: () => output,
    kill: async () => {
      child.kill('SIGKILL');
      await exited;
    },
    stop: async () => {
      child.kill('SIGTERM');
      await exited;
    },
  };
}
