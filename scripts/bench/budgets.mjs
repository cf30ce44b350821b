// The budgets (issues 10 and 13), in one place. `npm run bench -- --check` fails when one is
// missed. KB means 1,024 bytes.

export const KB = 1024;

export const budgets = {
  /** Gzip bytes of JS and CSS (files, not the CSS inlined in the HTML) a first visit downloads. */
  firstVisitJsCssBytes: 100 * KB,
  /** Growth of that first visit (HTML + JS + CSS) after adding 100 error codes. */
  growthBytes: 2 * KB,
  lighthouse: {
    performance: 99,
    accessibility: 100,
    bestPractices: 100,
    seo: 100,
    /** LCP at most this many times the plain-HTML article's, in the same run. */
    lcpRatio: 1.05,
    tbtMs: 50,
  },
  /** Answer click to the next step's heading painted, with the CPU slowed 4x. */
  transitionMedianMs: 16,
  transitionP95Ms: 32,
  /** Each cause's fix within this many answers, and its words within this share of the article. */
  answersToFix: 2,
  wordsShareOfArticle: 0.25,
};
