#!/usr/bin/env node
// `npm run bench`: measured figures for the production build, printed as a table with the budget
// beside each one. It reports only; `npm run bench -- --check` exits 1 when a budget is missed.
// Options: --lighthouse-runs=N (median of N runs per page, 3 by default).
//
// Steps: engine figures (synthetic tree); `npm run build`; a first visit to /errors/102 in
// Chromium; click-to-paint transitions; Lighthouse for / and /errors/102; then the same build
// with 100 synthetic error codes (into .bench/, dist/ is left as the real build) and the growth
// of the first visit; and outcome events accepted per second on each database. Takes a few
// minutes; not part of `npm test`.
import { runnerImport } from 'vite';
import { budgets } from './bench/budgets.mjs';
import { buildApp } from './bench/build.mjs';
import { launchChromium } from './bench/chromium.mjs';
import { measureEventThroughput } from './bench/events-throughput.mjs';
import { measureFirstVisit } from './bench/first-visit.mjs';
import { runLighthouse } from './bench/lighthouse.mjs';
import { atLeast, atMost, createReport, kb, ms } from './bench/report.mjs';
import { startServer } from './bench/server.mjs';
import { writeSyntheticContent } from './bench/synthetic-errors.mjs';
import { measureTransitions } from './bench/transitions.mjs';

const args = process.argv.slice(2);
const check = args.includes('--check');
const lighthouseRuns = Number(
  args.find((a) => a.startsWith('--lighthouse-runs='))?.split('=')[1] ?? 3,
);
const SYNTHETIC_COUNT = 100;
const SYNTHETIC_CONTENT = '.bench/content-100';
const SYNTHETIC_DIST = '.bench/dist-100';
const FIRST_VISIT_PATH = '/errors/102';

const root = process.cwd();
const load = async (path) => (await runnerImport(path, { root, logLevel: 'error' })).module;
const report = createReport();
const progress = (text) => process.stderr.write(`… ${text}\n`);

// Engine (pure TypeScript, no browser).
progress('engine figures');
const { runEngineBench } = await load('./scripts/bench/engine-bench.ts');
const engine = runEngineBench(10_000);

// The real build.
progress('npm run build');
await buildApp();
const browser = await launchChromium();
let server = await startServer();
let first;
let transitions;
const lighthouse = {};
try {
  progress(`first visit to ${FIRST_VISIT_PATH}`);
  first = await measureFirstVisit(browser, `${server.origin}${FIRST_VISIT_PATH}`);
  progress('50 answer-to-step transitions');
  transitions = await measureTransitions(browser, server.origin, { count: 50 });
  for (const [name, path] of [
    ['home', '/'],
    ['error-102', FIRST_VISIT_PATH],
  ]) {
    progress(`Lighthouse ${path} (${lighthouseRuns} runs)`);
    lighthouse[path] = await runLighthouse(`${server.origin}${path}`, {
      runs: lighthouseRuns,
      name,
    });
  }
} finally {
  await server.stop();
}

// Outcome events accepted per second, on each database (the real build's server).
progress('outcome events: 50 clients, 20,000 events, embedded database and PostgreSQL');
const events = await measureEventThroughput(root);

// The same app with 100 more error codes.
progress(`build with ${SYNTHETIC_COUNT} synthetic error codes`);
writeSyntheticContent('content', SYNTHETIC_CONTENT, SYNTHETIC_COUNT);
await buildApp({ contentDir: SYNTHETIC_CONTENT, outDir: SYNTHETIC_DIST });
server = await startServer({ outDir: SYNTHETIC_DIST });
let grown;
try {
  const probe = await fetch(`${server.origin}/errors/bench-9001`);
  if (probe.status !== 200) throw new Error('the synthetic build does not have the extra pages');
  grown = await measureFirstVisit(browser, `${server.origin}${FIRST_VISIT_PATH}`);
} finally {
  await server.stop();
}
const chromiumVersion = browser.version();
await browser.close();

// The table.
const total = (f) => f.html + f.js + f.css;
report.header(`Fixpath benchmark (production build, Chromium ${chromiumVersion})`);
report.section(`First visit to ${FIRST_VISIT_PATH}: bytes transferred (gzip), empty cache`);
report.row('HTML', kb(first.html));
report.row('JS', kb(first.js));
report.row('CSS', kb(first.css));
report.row(
  'JS + CSS',
  kb(first.js + first.css),
  atMost(first.js + first.css, budgets.firstVisitJsCssBytes, kb(budgets.firstVisitJsCssBytes)),
);
report.row('HTML + JS + CSS', kb(total(first)));
report.section(`Same visit after adding ${SYNTHETIC_COUNT} error codes to a copy of content/`);
report.row('HTML + JS + CSS', kb(total(grown)));
const growth = total(grown) - total(first);
report.row(
  'growth',
  `${growth >= 0 ? '+' : ''}${growth} B`,
  atMost(growth, budgets.growthBytes, kb(budgets.growthBytes)),
);
for (const [path, f] of Object.entries(lighthouse)) {
  const b = budgets.lighthouse;
  report.section(`Lighthouse ${path} (mobile profile, median of ${lighthouseRuns})`);
  report.row(
    'performance',
    String(f.performance),
    atLeast(f.performance, b.performance, b.performance),
  );
  report.row(
    'accessibility',
    String(f.accessibility),
    atLeast(f.accessibility, b.accessibility, b.accessibility),
  );
  report.row(
    'best practices',
    String(f.bestPractices),
    atLeast(f.bestPractices, b.bestPractices, b.bestPractices),
  );
  report.row('SEO', String(f.seo), atLeast(f.seo, b.seo, b.seo));
  report.row('largest contentful paint (LCP)', ms(f.lcpMs), atMost(f.lcpMs, b.lcpMs, ms(b.lcpMs)));
  report.row('total blocking time (TBT)', ms(f.tbtMs));
  report.row('cumulative layout shift (CLS)', f.cls.toFixed(3));
  if (f.failing.length > 0) report.note(`audits losing points: ${f.failing.join(', ')}`);
}
report.section(`Answer click to next step's heading painted (${transitions.count} transitions)`);
report.row(
  'median',
  ms(transitions.medianMs, 1),
  atMost(transitions.medianMs, budgets.transitionMedianMs, ms(budgets.transitionMedianMs)),
);
report.row('95th percentile', ms(transitions.p95Ms, 1));
report.section('Outcome events accepted (2xx after commit), 50 clients on loopback, 20,000 events');
for (const [name, figures] of [
  ['embedded database (PGlite)', events.embedded],
  ['PostgreSQL (Debian cluster, default settings)', events.postgres],
]) {
  if (!figures) {
    report.row(name, 'skipped');
    report.note('no PostgreSQL server binaries: apt-get install postgresql to measure it');
    continue;
  }
  report.row(`${name}: events per second`, `${Math.round(figures.eventsPerSecond)}/s`);
  report.row(`${name}: acknowledged events not stored`, String(figures.lost), {
    text: '0',
    pass: figures.lost === 0,
  });
  report.note(
    `${figures.acked} of ${figures.sent} acknowledged in ${figures.seconds.toFixed(1)} s; answers ${JSON.stringify(figures.statuses)}`,
  );
}
report.section(`Engine (synthetic tree of ${engine.nodes.toLocaleString('en-US')} nodes)`);
report.row('validate (zod parse + compile + graph check)', ms(engine.validateMs, 1));
report.row('engine step, median (answer on a 0-20 path)', `${engine.stepMedianUs.toFixed(2)} µs`);
report.row('encode, median', `${engine.encodeMedianUs.toFixed(2)} µs`);
report.row('decode (parse + replay), median', `${engine.decodeMedianUs.toFixed(2)} µs`);
report.row('encoded length, 20-answer path', `${engine.encodedLength20} characters`);

if (report.failures.length > 0) {
  console.log(`\n${report.failures.length} budget(s) missed:`);
  for (const failure of report.failures) console.log(`  - ${failure}`);
  if (check) process.exit(1);
} else {
  console.log('\nEvery budget met.');
}
