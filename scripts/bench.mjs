#!/usr/bin/env node
// `npm run bench`: measured figures for the production build, each beside its budget, and the
// plain-HTML source article measured in the same run. It reports; `npm run bench -- --check`
// exits 1 when a budget is missed. Options: --lighthouse-runs=N (median of N, 5 by default).
//
// Steps: engine figures (synthetic tree); the build, into .bench/dist (dist/ is left alone),
// with the source articles as bare pages beside it (scripts/bench/plain-article.mjs); the first
// visit to /errors/102; words before each cause's fix; click-to-paint transitions at 4x CPU;
// Lighthouse for /, /errors/102 and the plain 102 article, simulated and applied throttling;
// then a build with 100 synthetic error codes and the growth of the first visit; and outcome
// events accepted per second on each database. About fifteen minutes; not part of `npm test`.
// Run it on an idle machine. `npm run bench -- --server` measures the server alone (pages beside
// a bare node:http server, the two attacks, events per second) against dist/ as `npm run build`
// left it: about two minutes.
import { cpus, loadavg } from 'node:os';
import { runnerImport } from 'vite';
import { budgets } from './bench/budgets.mjs';
import { buildApp } from './bench/build.mjs';
import { launchChromium } from './bench/chromium.mjs';
import { measureEventThroughput, walker } from './bench/events-throughput.mjs';
import { measureFirstVisit } from './bench/first-visit.mjs';
import { runLighthouse } from './bench/lighthouse.mjs';
import { writePlainArticles } from './bench/plain-article.mjs';
import { atLeast, atMost, createReport, kb, ms } from './bench/report.mjs';
import { startServer } from './bench/server.mjs';
import { measureServer, reportServer } from './bench/server-figures.mjs';
import { writeSyntheticContent } from './bench/synthetic-errors.mjs';
import { measureTransitionFloor, measureTransitions } from './bench/transitions.mjs';
import { measureWordsToFix } from './bench/words-to-fix.mjs';

const args = process.argv.slice(2);
const check = args.includes('--check');
const lighthouseRuns = Number(
  args.find((a) => a.startsWith('--lighthouse-runs='))?.split('=')[1] ?? 5,
);
const SYNTHETIC_COUNT = 100;
const SYNTHETIC_CONTENT = '.bench/content-100';
const SYNTHETIC_DIST = '.bench/dist-100';
const BENCH_DIST = '.bench/dist';
const FIRST_VISIT_PATH = '/errors/102';
// The pages a firm's snippet opens first: the front door, or one error's page (issue 16).
const EMBED_PATHS = ['/', '/errors/102'];
const embedded = (path) => `${path}?embed=1`;
const THROTTLING = ['simulate', 'devtools'];

const root = process.cwd();
const load = async (path) => (await runnerImport(path, { root, logLevel: 'error' })).module;
const report = createReport();
const progress = (text) => process.stderr.write(`… ${text}\n`);
const startedAt = new Date();
const loadBefore = loadavg()[0];

/** The event batch the n-th request of a load sends (10 events of a real walk). */
const batchOf = async () => {
  const nextWalk = await walker(root);
  return (n) => JSON.stringify({ events: nextWalk(n).slice(0, 10) });
};

function reportEvents(events) {
  report.section(
    'Outcome events accepted (2xx after commit), 50 clients on loopback, 20,000 events',
  );
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
      `answers: ${Object.entries(figures.statuses)
        .map(([status, count]) => `${status}: ${count}`)
        .join(', ')}`,
    );
  }
}

function finish() {
  if (report.failures.length > 0) {
    console.log(`\n${report.failures.length} budget(s) missed:`);
    for (const failure of report.failures) console.log(`  - ${failure}`);
    if (check) process.exit(1);
  } else {
    console.log('\nEvery budget met.');
  }
}

if (args.includes('--server')) {
  const server = await measureServer('dist', await batchOf(), progress);
  progress('outcome events: 50 clients, 20,000 events, embedded database and PostgreSQL');
  const events = await measureEventThroughput(root, 'dist');
  report.header(
    `Fixpath server benchmark, ${startedAt.toISOString().slice(0, 16).replace('T', ' ')} UTC ` +
      `(dist/ as built, ${cpus().length} cores, load average ${loadBefore.toFixed(2)} at the ` +
      `start, ${loadavg()[0].toFixed(2)} at the end)`,
  );
  reportServer(report, server);
  reportEvents(events);
  finish();
  process.exit(0);
}

// Engine (pure TypeScript, no browser), and the guided errors' causes for the words measure.
progress('engine figures');
const { runEngineBench } = await load('./scripts/bench/engine-bench.ts');
const engine = runEngineBench(10_000);
const { readContentDir } = await load('./src/content/read-content-dir.ts');
const content = readContentDir(root, 'content');
if (!content.ok) throw new Error('content/ does not compile: run npm run check:content');
const guides = content.content.errors
  .filter((entry) => entry.kind === 'guided')
  .map((entry) => ({
    slug: entry.slug,
    code: entry.code,
    causes: entry.causes.map((cause) => ({
      id: cause.id,
      title: cause.title,
      text: cause.soundsLike.text,
      answers: cause.soundsLike.answers,
    })),
  }));

// The real build, with the plain articles beside it.
progress('npm run build (into .bench/dist)');
await buildApp({ outDir: BENCH_DIST });
const articles = writePlainArticles(BENCH_DIST);
const browser = await launchChromium();
let server = await startServer({ outDir: BENCH_DIST });
let first;
const embeds = [];
let transitions;
let floor;
let words;
const lighthouse = [];
try {
  progress(`first visit to ${FIRST_VISIT_PATH}`);
  first = await measureFirstVisit(browser, `${server.origin}${FIRST_VISIT_PATH}`);
  progress('first visits to the same pages embedded in a firm’s website');
  for (const path of EMBED_PATHS) {
    const alone = await measureFirstVisit(browser, `${server.origin}${path}`);
    const framed = await measureFirstVisit(browser, `${server.origin}${embedded(path)}`);
    embeds.push({ path, alone, framed });
  }
  progress('words before each cause’s fix');
  words = await measureWordsToFix(browser, server.origin, guides);
  progress('50 answer-to-step transitions (CPU 4x slower)');
  transitions = await measureTransitions(browser, server.origin, { count: 50 });
  if (articles['102']) {
    progress('the same 50 transitions on the plain article, its heading swapped by a bare script');
    floor = await measureTransitionFloor(browser, `${server.origin}${articles['102'].path}`);
  }
  const pages = [
    ['home', '/'],
    ['error-102', FIRST_VISIT_PATH],
    ...(articles['102'] ? [['plain-102', articles['102'].path]] : []),
  ];
  for (const throttling of THROTTLING) {
    for (const [name, path] of pages) {
      progress(`Lighthouse ${path}, ${throttling} throttling (${lighthouseRuns} runs)`);
      const figures = await runLighthouse(`${server.origin}${path}`, {
        runs: lighthouseRuns,
        name,
        throttling,
      });
      lighthouse.push({ name, path, throttling, ...figures });
    }
  }
} finally {
  await server.stop();
}

// Outcome events accepted per second, on each database (the real build's server).
progress('outcome events: 50 clients, 20,000 events, embedded database and PostgreSQL');
const events = await measureEventThroughput(root, BENCH_DIST);
const serverFigures = await measureServer(BENCH_DIST, await batchOf(), progress);

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
report.header(
  `Fixpath benchmark, ${startedAt.toISOString().slice(0, 16).replace('T', ' ')} UTC ` +
    `(production build, Chromium ${chromiumVersion}, ${cpus().length} cores, ` +
    `load average ${loadBefore.toFixed(2)} at the start, ${loadavg()[0].toFixed(2)} at the end)`,
);
report.section(
  `First visit to ${FIRST_VISIT_PATH}: bytes transferred (as served, Brotli), empty cache`,
);
report.row('HTML (its CSS is inline)', kb(first.html));
report.row('JS', kb(first.js));
report.row('CSS files', kb(first.css));
report.row(
  'JS + CSS files',
  kb(first.js + first.css),
  atMost(first.js + first.css, budgets.firstVisitJsCssBytes, kb(budgets.firstVisitJsCssBytes)),
);
report.row('HTML + JS + CSS', kb(total(first)));
report.section(
  'First visit inside a firm’s website (embed=1) against the same page on its own: every byte transferred',
);
for (const { path, alone, framed } of embeds) {
  const everything = (f) => total(f) + f.other;
  report.row(`${path} on its own (every response)`, kb(everything(alone)));
  report.row(
    `${embedded(path)}, embedded`,
    `${everything(framed) - everything(alone) >= 0 ? '+' : ''}${everything(framed) - everything(alone)} B`,
    atMost(everything(framed), everything(alone), 'on its own'),
  );
}
report.section(`Same visit after adding ${SYNTHETIC_COUNT} error codes to a copy of content/`);
report.row('HTML + JS + CSS', kb(total(grown)));
const growth = total(grown) - total(first);
report.row(
  'growth',
  `${growth >= 0 ? '+' : ''}${growth} B`,
  atMost(growth, budgets.growthBytes, kb(budgets.growthBytes)),
);

for (const throttling of THROTTLING) {
  const b = budgets.lighthouse;
  const rows = lighthouse.filter((f) => f.throttling === throttling);
  const plain = rows.find((f) => f.name.startsWith('plain-'));
  report.section(
    `Lighthouse, mobile profile, ${throttling} throttling, median of ${lighthouseRuns} runs`,
  );
  for (const f of rows) {
    const ours = !f.name.startsWith('plain-');
    const label = (text) => `${f.path}: ${text}`;
    report.row(
      label('performance'),
      String(f.performance),
      ours ? atLeast(f.performance, b.performance, b.performance) : undefined,
    );
    if (ours) {
      report.row(
        label('a11y / best practices / SEO'),
        `${f.accessibility} / ${f.bestPractices} / ${f.seo}`,
        {
          text: `${b.accessibility} / ${b.bestPractices} / ${b.seo}`,
          pass:
            f.accessibility >= b.accessibility &&
            f.bestPractices >= b.bestPractices &&
            f.seo >= b.seo,
        },
      );
    }
    report.row(label('largest contentful paint'), ms(f.lcpMs));
    if (ours && plain) {
      const ratio = f.lcpMs / plain.lcpMs;
      report.row(
        label('LCP / the plain article’s'),
        `${ratio.toFixed(2)}x`,
        atMost(ratio, b.lcpRatio, `${b.lcpRatio}x`),
      );
    }
    report.row(
      label('total blocking time'),
      ms(f.tbtMs),
      ours ? atMost(f.tbtMs, b.tbtMs, ms(b.tbtMs)) : undefined,
    );
    report.row(label('cumulative layout shift'), f.cls.toFixed(3));
    if (ours && f.failing.length > 0) report.note(`audits losing points: ${f.failing.join(', ')}`);
  }
  if (!plain) report.note('no source articles here (../shared/seeds): LCP ratio not measured');
}

report.section(
  `Answer click to next step's heading painted (${transitions.count} transitions, CPU ${transitions.cpuSlowdown}x slower)`,
);
report.row(
  'median',
  ms(transitions.medianMs, 1),
  atMost(transitions.medianMs, budgets.transitionMedianMs, ms(budgets.transitionMedianMs)),
);
report.row(
  '95th percentile',
  ms(transitions.p95Ms, 1),
  atMost(transitions.p95Ms, budgets.transitionP95Ms, ms(budgets.transitionP95Ms)),
);
if (floor) {
  report.row('floor: plain article, heading swapped, median', ms(floor.medianMs, 1));
  report.row('floor: plain article, heading swapped, p95', ms(floor.p95Ms, 1));
  report.note(
    'the floor is the browser alone (no framework): the frame, style and paint of one heading',
  );
}

report.section(
  'From landing on the error page to each cause’s fix (cheaper route, words on screen)',
);
for (const row of words) {
  const article = articles[row.code];
  const limit = article ? Math.floor(article.words * budgets.wordsShareOfArticle) : undefined;
  report.row(
    `${row.code} ${row.cause}: answers`,
    String(row.answers),
    atMost(row.answers, budgets.answersToFix, String(budgets.answersToFix)),
  );
  report.row(
    `${row.code} ${row.cause}: words (situation / questions)`,
    `${row.words} (${row.situationWords} / ${row.questionWords})`,
    limit === undefined ? undefined : atMost(row.words, limit, `${limit}`),
  );
  if (row.laneWords !== undefined) {
    report.row(
      `${row.code} ${row.cause}: words by the deadline lane`,
      String(row.laneWords),
      limit === undefined ? undefined : atMost(row.laneWords, limit, `${limit}`),
    );
  }
}
for (const [code, article] of Object.entries(articles)) {
  report.note(
    `the Error ${code} source article: ${article.words} words (a quarter: ${Math.floor(article.words / 4)})`,
  );
}

reportEvents(events);
reportServer(report, serverFigures);

report.section(`Engine (synthetic tree of ${engine.nodes.toLocaleString('en-US')} nodes)`);
report.row('validate (zod parse + compile + graph check)', ms(engine.validateMs, 1));
report.row('engine step, median (answer on a 0-20 path)', `${engine.stepMedianUs.toFixed(2)} µs`);
report.row('encode, median', `${engine.encodeMedianUs.toFixed(2)} µs`);
report.row('decode (parse + replay), median', `${engine.decodeMedianUs.toFixed(2)} µs`);
report.row('encoded length, 20-answer path', `${engine.encodedLength20} characters`);
report.row('map layout, 500-node tree, median of 3', ms(engine.mapLayout500Ms, 0));

finish();
