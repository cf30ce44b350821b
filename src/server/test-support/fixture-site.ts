import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

const page = (title: string): string =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8" /><title>${title}</title>` +
  '<link rel="stylesheet" crossorigin href="/assets/main-abc.css"></head>' +
  `<body><main><h1>${title}</h1>${'<p>Some text to compress. </p>'.repeat(40)}</main></body></html>`;

/** A small built site (the files a real build has, with stand-in content) in `dir`. */
export function writeFixtureSite(dir: string): void {
  const files: Record<string, string> = {
    'index.html': page('Home'),
    'app.html': page('App shell'),
    '404.html': page('Not found'),
    'errors/102/index.html': page('Error 102'),
    'errors/102/checklist/index.html': page('Error 102: every fix'),
    'errors/102/step/immediately/index.html': page('Error 102: a step'),
    'errors/202/index.html': page('Error 202'),
    'errors/202/checklist/index.html': page('Error 202: every fix'),
    'errors/202/step/tried/index.html': page('Error 202: a step only 202 has'),
    'errors/103/index.html': page('Error 103 (a neighbouring code: no guide, no steps)'),
    'robots.txt': 'User-agent: *\n',
    'assets/main-abc.css': 'body { margin: 0; }\n',
    'assets/main-abc.js': 'export {};\n',
    'assets/insights-abc.js': 'export {};\n',
    'assets/insights-abc.css': '.insights { margin: 0; }\n',
    'insights.json': JSON.stringify({
      script: 'assets/insights-abc.js',
      styles: ['assets/main-abc.css', 'assets/insights-abc.css'],
    }),
  };
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
}
