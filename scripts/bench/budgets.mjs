// The budgets of issue 7, in one place. `npm run bench -- --check` fails when one is missed.
// KB means 1,024 bytes.

export const KB = 1024;

export const budgets = {
  /** Gzip bytes of JS and CSS that a first visit to /errors/102 downloads. */
  firstVisitJsCssBytes: 110 * KB,
  /** Growth of that first visit (HTML + JS + CSS) after adding 100 error codes. */
  growthBytes: 2 * KB,
  lighthouse: {
    performance: 98,
    accessibility: 100,
    bestPractices: 100,
    seo: 100,
    lcpMs: 1200,
  },
  /** Median time from clicking an answer to the next step's heading being painted. */
  transitionMedianMs: 16,
};
