/**
 * For each cause of each covered error: the answers an owner with that cause would click.
 * The cause's fix node and its title are read from the real content at test time, so the
 * journeys fail if either the screens or the content stop leading there.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';

const FIXED = 'Yes, the error is gone';
const NOT_FIXED = 'No, I still see the error';
const NEW_YEAR = 'QuickBooks Desktop 2024 or newer';

export const causeAnswers: Record<string, Record<string, readonly string[]>> = {
  '202': {
    'outdated-credentials': [NEW_YEAR, "It won't accept my email or password"],
    'expired-session': [NEW_YEAR, 'I get in without any extra steps', 'No'],
    'intuit-service-issue': [
      NEW_YEAR,
      'I get in without any extra steps',
      'No',
      NOT_FIXED,
      'Yes, there is a problem listed',
    ],
    'ssl-cache': [
      NEW_YEAR,
      'I get in without any extra steps',
      'Not sure',
      NOT_FIXED,
      'No, everything looks normal',
    ],
    'pending-mfa': [NEW_YEAR, "It asks me to confirm it's me"],
    'unsupported-version': ['QuickBooks Desktop 2021 or earlier'],
  },
  '102': {
    'bank-maintenance': ['Yes, straight away', 'No'],
    'bank-notice': ['Yes, straight away', 'Yes'],
    'account-change': ['Not sure', 'Yes', NOT_FIXED, NOT_FIXED],
  },
};

export { FIXED, NOT_FIXED };

interface ContentCause {
  readonly id: string;
  readonly fixNode: string;
}
interface ContentNode {
  readonly id: string;
  readonly title: string;
}

export interface CauseJourney {
  readonly slug: string;
  readonly cause: string;
  readonly answers: readonly string[];
  readonly fixNode: string;
  readonly fixTitle: string;
}

const contentDir = resolve(process.env['FIXPATH_CONTENT_DIR'] ?? 'content');

/** Every cause in the content, with its answers; a cause without answers here fails loudly. */
export function causeJourneys(slug: string): CauseJourney[] {
  const file: { causes: ContentCause[]; tree: { nodes: ContentNode[] } } = parse(
    readFileSync(join(contentDir, 'errors', `${slug}.yaml`), 'utf8'),
  );
  return file.causes.map((cause) => {
    const node = file.tree.nodes.find((n) => n.id === cause.fixNode);
    return {
      slug,
      cause: cause.id,
      answers: causeAnswers[slug]?.[cause.id] ?? [],
      fixNode: cause.fixNode,
      fixTitle: node?.title ?? `(no node ${cause.fixNode})`,
    };
  });
}
