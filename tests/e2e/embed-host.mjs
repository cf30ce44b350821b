#!/usr/bin/env node
// A firm's web page for the embed journeys (tests/e2e/embed.spec.ts): it pastes Fixpath's
// snippet between two paragraphs. Each `data-*` query parameter becomes an attribute of the
// snippet (escaped, as a firm's page would write it): `/?data-error=102&data-mode=agent`.
// PORT: where it listens (on both loopbacks); FIXPATH: the Fixpath site's origin.
import console from 'node:console';
import { createServer } from 'node:http';
import process from 'node:process';
import { URL } from 'node:url';

const port = Number(process.env.PORT ?? 4176);
const fixpath = process.env.FIXPATH ?? 'http://localhost:4175';
const escape = (text) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function page(url) {
  const attrs = [...url.searchParams]
    .filter(([name]) => /^data-[a-z-]+$/.test(name))
    .map(([name, value]) => ` ${name}="${escape(value)}"`)
    .join('');
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>Smith &amp; Co Bookkeeping: help</title>
  </head>
  <body>
    <main>
      <h1>Help with QuickBooks</h1>
      <p id="before">Our guide to QuickBooks Desktop errors:</p>
      <script src="${fixpath}/embed.js"${attrs} async></script>
      <p id="after">Still stuck? Call us.</p>
    </main>
  </body>
</html>
`;
}

const handler = (req, res) => {
  const url = new URL(req.url ?? '/', 'http://host');
  if (url.pathname === '/health') {
    res.writeHead(200, { 'Content-Type': 'text/plain' });
    res.end('ok');
    return;
  }
  if (url.pathname !== '/' && url.pathname !== '/done') {
    res.writeHead(404);
    res.end();
    return;
  }
  res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(
    url.pathname === '/done' ? '<!doctype html><title>Done</title><h1>Thanks</h1>' : page(url),
  );
};

for (const host of ['127.0.0.1', '::1']) {
  const server = createServer(handler);
  server.on('error', (error) => {
    if (host === '127.0.0.1') throw error;
  });
  server.listen(port, host);
}
console.log(`embed host page at http://localhost:${port}/ (Fixpath at ${fixpath})`);
