// Runs `npm run build`; with another content folder or output folder, only the site part
// (`build:site`): the server bundle in dist-server/ stays the real one and serves either.
import { spawn } from 'node:child_process';

/**
 * @param {{ outDir?: string, contentDir?: string }} [options]
 * @returns {Promise<void>} rejects with the build's own output when it fails
 */
export function buildApp({ outDir, contentDir } = {}) {
  // Vite's module runner (used for the engine figures) sets NODE_ENV=development in this
  // process; a child build that inherited it would bundle React's development build.
  const env = { ...process.env };
  delete env.NODE_ENV;
  if (outDir) env.OUT_DIR = outDir;
  if (contentDir) env.FIXPATH_CONTENT_DIR = contentDir;
  return new Promise((resolve, reject) => {
    const script = outDir || contentDir ? 'build:site' : 'build';
    const child = spawn('npm', ['run', script, '--silent'], { env, stdio: 'pipe' });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`npm run build failed (${code}):\n${output}`)),
    );
  });
}
