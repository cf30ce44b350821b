import type { z } from 'zod';
import { describePath, valueAt } from './field-path.ts';
import type { ContentProblem } from './problem.ts';

type Issue = z.core.$ZodIssue;

function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'an empty value';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a group of fields';
  if (typeof value === 'string')
    return `the text "${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;
  return `${typeof value} ${String(value)}`;
}

/** What to write instead, by the type the field expects. */
const typeHints: Record<string, string> = {
  string:
    'write the text after the colon; put it in quotes if it starts with a symbol or holds a colon',
  number: 'write digits only, without units (e.g. 120)',
  boolean: 'write true or false',
  array: 'put each item on its own line, starting with "- "',
  object: 'indent the fields that belong to it under this line',
};

const typeNames: Record<string, string> = {
  string: 'text',
  number: 'a number',
  boolean: 'true or false',
  array: 'a list (lines starting with "- ")',
  object: 'a group of fields',
};

const SEE_GUIDE = 'docs/authoring.md shows what this field accepts, with examples';

/** Every problem with a hint: a schema-given one where there is one, else one by kind. */
function explain(issue: Issue, data: unknown): { problem: string; hint: string } {
  const value = valueAt(issue.path, data);
  switch (issue.code) {
    case 'invalid_type':
      if (value === undefined) {
        return {
          problem: 'this field is required but missing',
          hint: 'add it; see docs/authoring.md for what it holds',
        };
      }
      return {
        problem: `expected ${typeNames[issue.expected] ?? issue.expected}, found ${describeValue(value)}`,
        hint: typeHints[issue.expected] ?? SEE_GUIDE,
      };
    case 'unrecognized_keys':
      return {
        problem: `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`,
        hint: 'check the spelling; docs/authoring.md lists the fields each part accepts',
      };
    case 'invalid_union':
      if ('options' in issue && issue.discriminator) {
        const options = (issue.options ?? []).map(String).join(', ');
        return {
          problem: `"${issue.discriminator}" is ${describeValue(value)}`,
          hint: `use one of: ${options}`,
        };
      }
      return { problem: `${describeValue(value)} is not in any accepted form`, hint: SEE_GUIDE };
    case 'invalid_value':
      if (value === undefined) {
        return {
          problem: 'this field is required but missing',
          hint: `add it, with one of: ${issue.values.map(String).join(', ')}`,
        };
      }
      return {
        problem: `${describeValue(value)} is not allowed here`,
        hint: `use one of: ${issue.values.map(String).join(', ')}`,
      };
    case 'custom': {
      const hint: unknown = issue.params?.['hint'];
      return { problem: issue.message, hint: typeof hint === 'string' ? hint : SEE_GUIDE };
    }
    case 'too_small':
      return {
        problem: issue.message,
        hint:
          issue.origin === 'array'
            ? `give at least ${String(issue.minimum)} item${Number(issue.minimum) === 1 ? '' : 's'}`
            : issue.origin === 'string'
              ? 'write something here: it cannot be empty'
              : `use ${String(issue.minimum)} or more`,
      };
    case 'too_big':
      return {
        problem: issue.message,
        hint:
          issue.origin === 'array'
            ? `keep it to ${String(issue.maximum)} items at most`
            : issue.origin === 'string'
              ? `shorten it to ${String(issue.maximum)} characters at most`
              : `use ${String(issue.maximum)} or less`,
      };
    case 'invalid_format':
      return {
        problem: issue.message,
        hint:
          issue.format === 'url'
            ? 'write the full address, starting with https://'
            : 'follow the form the problem names',
      };
    default:
      return { problem: issue.message, hint: SEE_GUIDE };
  }
}

/** zod's issues rewritten for a content author: file, field and a hint. */
export function friendlyZodProblems(
  file: string,
  error: z.ZodError,
  data: unknown,
  lineOf: (path: readonly PropertyKey[]) => number | undefined = () => undefined,
): ContentProblem[] {
  return error.issues.map((issue) => {
    const { problem, hint } = explain(issue, data);
    const line = lineOf(issue.path);
    return {
      file,
      field: describePath(issue.path, data),
      problem,
      hint,
      ...(line === undefined ? {} : { line }),
    };
  });
}
