// Fixpath's layers, and the one way imports run between them (docs/architecture.md):
//
//   app/  ->  features/<x>/  ->  map/, search/, routing/, ui/  ->  store/, content/runtime/, lib/  ->  engine/
//
// A feature never imports app/ or another feature; ui/ imports no store and no content
// runtime; the engine imports nothing. Code that runs in the browser never imports the
// build-time content compiler. Tests (and src/test-support/) may import anything.
import { dirname, relative, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');

/** The layer a file (absolute path) belongs to, or undefined outside src/. */
export function layerOf(file) {
  const rel = relative(ROOT, file).split('\\').join('/');
  if (!rel.startsWith('src/')) return undefined;
  const path = rel.slice('src/'.length);
  const [top = '', second = ''] = path.split('/');
  if (top === 'features') return `feature:${second}`;
  if (top === 'content') {
    if (second === 'runtime') return 'content-runtime';
    if (second === 'types.ts' || second === 'virtual-modules.d.ts') return 'content-types';
    return 'content-build';
  }
  if (top === 'map') {
    return ['layout', 'export', 'page', 'test-support'].includes(second) ? 'map-build' : 'map';
  }
  if (top === 'app')
    return second === 'prerender' ? 'app-build' : second === 'dev' ? 'app-dev' : 'app';
  return top;
}

/** The shared layers a feature may import (never app/ or another feature). */
const FEATURE_MAY_IMPORT = [
  'engine',
  'lib',
  'routing',
  'ui',
  'store',
  'content-types',
  'content-runtime',
  'search',
  'map',
];

/** What each layer may import (besides itself). `feature` stands for the importer's own feature. */
const ALLOWED = {
  engine: [],
  lib: ['engine'],
  'content-types': ['engine', 'content-build'],
  'content-runtime': ['engine', 'lib', 'content-types'],
  'content-build': ['engine', 'lib', 'content-types', 'content-runtime'],
  store: ['engine', 'lib', 'content-types'],
  search: ['engine', 'content-types'],
  routing: ['engine', 'lib', 'content-types'],
  ui: ['engine', 'lib', 'routing', 'content-types'],
  map: ['engine', 'lib', 'routing', 'ui', 'content-types', 'content-runtime'],
  'map-build': [
    'map',
    'engine',
    'lib',
    'routing',
    'ui',
    'content-types',
    'content-runtime',
    'content-build',
  ],
  feature: FEATURE_MAY_IMPORT,
  // app/ composes the features: everything they may import, their styles, and the features.
  app: [...FEATURE_MAY_IMPORT, 'styles', 'feature:*'],
  'app-build': ['*'],
  // npm run dev only: the whole site in one page, from the prerender's own specs.
  'app-dev': ['*'],
  server: ['engine', 'lib', 'content-types', 'content-runtime', 'content-build', 'insights'],
  // The /insights page's own script (the server serves it), and the report shape both share.
  insights: ['engine', 'lib', 'routing', 'ui', 'content-types', 'map'],
  // embed.js, the script a firm's page loads (src/embed/): the pure embed parts and links only.
  embed: ['lib', 'routing'],
  styles: [],
};

const WHY = {
  engine: 'the engine is pure and imports nothing from the rest of src/',
  ui: 'ui/ renders props: it imports no store, content runtime or feature',
  feature: 'a feature never imports app/ or another feature: move what two share down a layer',
};

function allowed(from, to) {
  if (from === to) return true;
  const kind = from.startsWith('feature:') ? 'feature' : from;
  const list = ALLOWED[kind];
  if (!list) return true;
  return list.some(
    (item) => item === '*' || item === to || (item === 'feature:*' && to.startsWith('feature:')),
  );
}

const isTest = (file) => /\.test\.tsx?$/.test(file) || file.includes('/src/test-support/');

/** @type {import('eslint').Rule.RuleModule} */
export const layersRule = {
  meta: {
    type: 'problem',
    docs: { description: 'Imports run one way between the layers of src/.' },
    schema: [],
    messages: {
      wrongWay: '{{from}} may not import {{to}} ({{why}}).',
    },
  },
  create(context) {
    const file = context.filename;
    const from = layerOf(file);
    if (!from || isTest(file)) return {};
    const check = (node, source) => {
      if (typeof source !== 'string' || !source.startsWith('.')) return;
      const to = layerOf(resolve(dirname(file), source));
      if (!to || allowed(from, to)) return;
      const kind = from.startsWith('feature:') ? 'feature' : from;
      context.report({
        node,
        messageId: 'wrongWay',
        data: {
          from: `src/${relative(resolve(ROOT, 'src'), dirname(file)).split('\\').join('/')}`,
          to: `src/${relative(resolve(ROOT, 'src'), resolve(dirname(file), source))
            .split('\\')
            .join('/')}`,
          why:
            WHY[kind] ??
            `the ${from} layer may import only ${ALLOWED[kind]?.join(', ') || 'itself'}`,
        },
      });
    };
    return {
      ImportDeclaration: (node) => check(node, node.source.value),
      ExportNamedDeclaration: (node) => node.source && check(node, node.source.value),
      ExportAllDeclaration: (node) => check(node, node.source.value),
      ImportExpression: (node) => node.source.type === 'Literal' && check(node, node.source.value),
    };
  },
};
