import fc from 'fast-check';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allPaths, decodeSession, encodeSession, fingerprint, walk } from '../engine/index.ts';
import { readContentDir } from './read-content-dir.ts';
import { routeRecord } from './route-record.ts';
import { toTree } from './runtime/to-tree.ts';
import type { GuidedError } from './types.ts';

const content = readContentDir(process.cwd(), process.env['FIXPATH_CONTENT_DIR'] ?? 'content');
if (!content.ok) throw new Error('content/ does not pass the content check');
const guided = content.content.errors.filter((e): e is GuidedError => e.kind === 'guided');

describe.each(guided.map((entry) => [entry.slug, entry] as const))(
  'every route of %s',
  (_slug, entry) => {
    const tree = toTree(entry.tree);
    const routes = allPaths(tree);

    it('has routes, and together they visit every node', () => {
      expect(routes.length).toBeGreaterThan(0);
      const visited = new Set(routes.flatMap((route) => route.nodes));
      expect([...tree.nodes.keys()].filter((id) => !visited.has(id))).toEqual([]);
    });

    it('matches its checked-in record of routes (tests/routes/; npm run record:routes)', () => {
      const file = join(process.cwd(), 'tests', 'routes', `${entry.slug}.txt`);
      const recorded = existsSync(file)
        ? readFileSync(file, 'utf8')
        : `(no record yet: run npm run record:routes and commit ${file})`;
      expect(routeRecord(entry, tree)).toBe(recorded);
    });

    it.each(routes.map((route) => [route.nodes.join(' > '), route] as const))(
      '%s',
      (_name, route) => {
        const session = { answers: route.answers };
        const walked = walk(tree, session);
        expect(walked.ok && walked.value.current.id).toBe(route.leaf.id);
        expect(decodeSession(tree, encodeSession(tree, session))).toEqual({
          ok: true,
          value: session,
        });
      },
    );

    it('never shows a question or a fix twice on one route (only a wait repeats, by retry)', () => {
      for (const route of routes) {
        const shown = route.nodes.filter((id) => tree.nodes.get(id)?.kind !== 'wait');
        expect(new Set(shown).size, route.nodes.join(' > ')).toBe(shown.length);
      }
    });

    it('decodes any string against the real tree without throwing', () => {
      const print = fingerprint(tree);
      fc.assert(
        fc.property(
          fc.string({ maxLength: 80 }),
          fc.stringMatching(/^[0-9a-z]{0,40}$/),
          (junk, digits) => {
            const kinds = ['empty', 'too-long', 'malformed', 'content-changed'];
            const junked = decodeSession(tree, junk);
            if (!junked.ok) expect(kinds).toContain(junked.error.kind);
            // Digits after the real fingerprint: a session, or a reason found by replaying them.
            const result = decodeSession(tree, `${print}-${digits}`);
            const replayed = ['invalid-answer', 'past-the-end', 'missing-node', 'too-long'];
            if (!result.ok) expect(replayed).toContain(result.error.kind);
          },
        ),
        { numRuns: 500 },
      );
    });
  },
);
