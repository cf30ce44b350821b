/** A small hand-made search index for tests: two covered errors and a few neighbours. */
import type { SearchEntry } from '../content/types.ts';

const entry = (fields: Omit<SearchEntry, 'aliases' | 'keywords'> & Partial<SearchEntry>) => ({
  aliases: [],
  keywords: [],
  ...fields,
});

export const e102: SearchEntry = entry({
  slug: '102',
  code: '102',
  kind: 'guided',
  title: "Error 102: the bank's server is not answering",
  appearsWhen: 'When you update bank feeds in QuickBooks Desktop',
  aliases: ['102', 'error 102', 'bank feed error 102'],
  keywords: ['bank feed', 'bank feeds', 'maintenance', 'bank website', 'online banking'],
});

export const e202: SearchEntry = entry({
  slug: '202',
  code: '202',
  kind: 'guided',
  title: "Error 202: Intuit's service did not accept QuickBooks' sign-in",
  appearsWhen:
    "When QuickBooks Desktop connects to Intuit's online services: payroll or bank feeds",
  aliases: ['202', 'error 202', 'payroll error 202', 'bank feed error 202'],
  keywords: ['payroll', 'bank feed', 'sign in', 'sign-in', 'login', 'intuit account'],
});

export const eH202: SearchEntry = entry({
  slug: 'h202',
  code: 'H202',
  kind: 'neighbour',
  title: "Error H202: this computer can't reach the company file's host",
  appearsWhen: 'When you switch to multi-user mode',
  aliases: ['h202', 'h 202'],
  keywords: ['multi-user', 'company file', 'hosting', 'server'],
});

export const eOl202: SearchEntry = entry({
  slug: 'ol-202',
  code: 'OL-202',
  kind: 'neighbour',
  title: 'Error OL-202: a bank feed message from your bank',
  appearsWhen: 'When you update bank feeds or send online payments',
  aliases: ['ol-202', 'ol202'],
  keywords: ['bank feed', 'send queue', 'online payment'],
});

export const e105: SearchEntry = entry({
  slug: '105',
  code: '105',
  kind: 'neighbour',
  title: "Error 105: reported as the bank's website being down",
  appearsWhen: 'When you update bank feeds in QuickBooks',
  keywords: ['bank site down', 'bank feed', 'maintenance'],
});

export const e12029: SearchEntry = entry({
  slug: '12029',
  code: '12029',
  kind: 'neighbour',
  title: "Error 12029: Windows couldn't connect to the server",
  appearsWhen: 'When QuickBooks Desktop tries to reach Intuit over the internet',
  keywords: ['firewall', 'internet', 'payroll update'],
});

export const e9999: SearchEntry = entry({
  slug: '9999',
  code: '9999',
  kind: 'neighbour',
  title: 'Error 9999: a script or connection failure during a bank feed update',
  appearsWhen: 'When you update bank feeds in QuickBooks',
  keywords: ['script error', 'script'],
});

/** In file-name order, as the build makes it. */
export const testIndex: readonly SearchEntry[] = [e102, e105, e12029, e202, e9999, eH202, eOl202];
