// A copy of content/ with `count` extra neighbour-kind error codes, for the growth measurement.
// Each file is valid per src/content/schema/neighbour-error.ts (JSON is YAML too).
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** @param {number} i */
function syntheticError(i) {
  const code = `9${String(i).padStart(3, '0')}`;
  const slug = `bench-${code}`;
  return {
    kind: 'neighbour',
    code: `BENCH-${code}`,
    slug,
    title: `Error BENCH-${code}: a synthetic code for the benchmark`,
    description: `A synthetic error code that only exists in the benchmark's copy of the content.`,
    appearsWhen: 'Never: the benchmark adds it to measure how the first visit grows',
    whatItIs: [
      `BENCH-${code} is not a real QuickBooks error. It stands in for a new page of content, ` +
        'about as long as the real neighbouring codes, so the benchmark can check that adding ' +
        'pages does not make every other page heavier.',
      'Its text is deliberately a little different on every page, as real pages would be.',
    ],
    lookalikeOf: ['102'],
    howToTell: [`Look for the word BENCH in front of ${code}; Error 102 has no letters.`],
    whereToGo: [
      {
        label: `Search Intuit's QuickBooks help for ${code}`,
        url: `https://quickbooks.intuit.com/learn-support/en-us/search?q=${code}`,
      },
    ],
    confidence: 'third-party-low',
    sources: [{ id: 'fixture', type: 'third-party', title: `Benchmark fixture ${i}` }],
    source: 'fixture',
    search: { aliases: [`bench ${code}`, `bench-${code}`], keywords: ['benchmark', `code ${i}`] },
  };
}

/**
 * @param {string} from the real content folder
 * @param {string} to a folder to (re)create
 * @param {number} count how many codes to add
 */
export function writeSyntheticContent(from, to, count) {
  rmSync(to, { recursive: true, force: true });
  mkdirSync(to, { recursive: true });
  cpSync(from, to, { recursive: true });
  for (let i = 1; i <= count; i++) {
    const entry = syntheticError(i);
    writeFileSync(join(to, 'errors', `${entry.slug}.yaml`), `${JSON.stringify(entry, null, 2)}\n`);
  }
}
