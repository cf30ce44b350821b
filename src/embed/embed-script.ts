/**
 * embed.js: the one file a firm's page loads to show Fixpath in a frame (built on its own,
 * `vite.embed.config.ts`, as a classic script: the snippet has no `type="module"`). It reads
 * its own <script> tag, refuses to run on a page whose origin is not on this copy's allowed
 * list, puts the frame right after the tag, and sizes the frame to the height the Fixpath page
 * reports (from Fixpath's origin and that frame only). See decision 012.
 */
import { isAllowedOrigin } from '../lib/embed/origins.ts';
import { HELLO, heightFrom } from '../lib/embed/protocol.ts';
import { readEmbedConfig } from './embed-config.ts';
import { frameAddress } from './frame-address.ts';
import { readSnippet } from './snippet.ts';

/** Replaced by the build with `{"allowedOrigins":[…],"name":"…"}` (scripts/prerender.mjs). */
declare const __FIXPATH_EMBED_CONFIG__: unknown;

const SAY = 'Fixpath embed:';
/** The frame's height until the page inside reports its own, and the least it is given. */
const FIRST_HEIGHT = 640;
const MIN_HEIGHT = 120;
/** After each page load in the frame, hello until the page reports (it may start late). */
const HELLO_AFTER_MS = [0, 300, 1000, 3000];

/** This script's own tag: `currentScript`, or (where that is not set) the first not started. */
function ownTag(): HTMLScriptElement | null {
  const current = document.currentScript;
  if (current instanceof HTMLScriptElement) return current;
  for (const tag of document.querySelectorAll<HTMLScriptElement>('script[src]')) {
    if (/\/embed\.js(?:[?#].*)?$/.test(tag.src) && !tag.hasAttribute('data-fixpath-started')) {
      return tag;
    }
  }
  return null;
}

function start(tag: HTMLScriptElement): void {
  tag.setAttribute('data-fixpath-started', '');
  const config = readEmbedConfig(__FIXPATH_EMBED_CONFIG__);
  const site = new URL('.', tag.src);
  const here = window.location.origin;
  if (!isAllowedOrigin(here, config.allowedOrigins)) {
    console.error(
      `${SAY} ${here} may not show ${site.origin}: add it to embed.allowedOrigins there.`,
    );
    return;
  }
  const { settings, problems } = readSnippet((name) => tag.getAttribute(name), location.href);
  for (const problem of problems) console.error(`${SAY} ${problem}`);

  const frame = document.createElement('iframe');
  frame.src = frameAddress(site.href, settings);
  frame.title = `${config.name}: help with a QuickBooks Desktop error`;
  // The page in the frame learns this page's origin, never its path.
  frame.referrerPolicy = 'origin';
  // "Copy link" and "Copy summary" inside the frame.
  frame.allow = 'clipboard-write';
  Object.assign(frame.style, {
    display: 'block',
    width: '100%',
    border: '0',
    height: `${FIRST_HEIGHT}px`,
  });

  let heard = false;
  window.addEventListener('message', (event) => {
    const message = heightFrom(event, { origin: site.origin, source: frame.contentWindow });
    if (!message) return;
    heard = true;
    frame.style.height = `${Math.max(MIN_HEIGHT, message.height)}px`;
  });
  frame.addEventListener('load', () => {
    heard = false;
    for (const ms of HELLO_AFTER_MS) {
      setTimeout(() => {
        if (!heard) frame.contentWindow?.postMessage(HELLO, site.origin);
      }, ms);
    }
  });
  if (!tag.closest('head')) tag.after(frame);
  else {
    console.error(`${SAY} put the snippet in <body>; the frame goes at its end.`);
    if (document.body) document.body.append(frame);
    else document.addEventListener('DOMContentLoaded', () => document.body.append(frame));
  }
}

const tag = ownTag();
if (tag) start(tag);
else console.error(`${SAY} cannot find its <script> tag.`);
