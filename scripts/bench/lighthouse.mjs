// Lighthouse (mobile profile, its default) against a served page, through its CLI so that each run
// gets a fresh Chromium. CHROME_PATH selects Debian's Chromium when there is one. Two throttling
// methods: `simulate` (Lighthouse's default: a fast load, then the timings modelled for slow 4G
// and a 4x slower CPU) and `devtools` (the load itself is slowed, by Chromium's own throttling).
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromiumFlags, chromiumPath } from './chromium.mjs';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

function runCli(url, outputPath, throttling) {
  const args = [
    url,
    `--throttling-method=${throttling}`,
    '--output=json',
    `--output-path=${outputPath}`,
    '--quiet',
    `--only-categories=${CATEGORIES.join(',')}`,
    `--chrome-flags=${['--headless=new', ...chromiumFlags].join(' ')}`,
  ];
  const env = { ...process.env, ...(chromiumPath ? { CHROME_PATH: chromiumPath } : {}) };
  return new Promise((resolve, reject) => {
    const child = spawn(join('node_modules', '.bin', 'lighthouse'), args, { env, stdio: 'pipe' });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`lighthouse failed (${code}):\n${output}`)),
    );
  });
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** Scores 0-100 and LCP (ms), TBT (ms), CLS of one run's JSON report. */
function figuresOf(report) {
  const score = (id) => Math.round((report.categories[id]?.score ?? 0) * 100);
  const audit = (id) => report.audits[id]?.numericValue ?? Number.NaN;
  const failing = Object.values(report.categories).flatMap((category) =>
    category.auditRefs
      .filter((ref) => ref.weight > 0 && (report.audits[ref.id]?.score ?? 1) < 1)
      .map((ref) => `${category.id}: ${ref.id}`),
  );
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    seo: score('seo'),
    lcpMs: audit('largest-contentful-paint'),
    tbtMs: audit('total-blocking-time'),
    cls: audit('cumulative-layout-shift'),
    failing,
  };
}

/**
 * Runs Lighthouse `runs` times on `url` and returns the median of each figure, plus every audit
 * that lost points in any run (so a FAIL says why). Reports are kept in `reportDir`.
 */
export async function runLighthouse(
  url,
  { runs = 5, reportDir = '.bench/lighthouse', name, throttling = 'simulate' },
) {
  mkdirSync(reportDir, { recursive: true });
  const all = [];
  for (let i = 0; i < runs; i++) {
    const outputPath = join(reportDir, `${name}-${throttling}-${i + 1}.json`);
    await runCli(url, outputPath, throttling);
    all.push(figuresOf(JSON.parse(readFileSync(outputPath, 'utf8'))));
  }
  const pick = (key) => median(all.map((f) => f[key]));
  return {
    performance: pick('performance'),
    accessibility: pick('accessibility'),
    bestPractices: pick('bestPractices'),
    seo: pick('seo'),
    lcpMs: pick('lcpMs'),
    tbtMs: pick('tbtMs'),
    cls: pick('cls'),
    failing: [...new Set(all.flatMap((f) => f.failing))],
  };
}
