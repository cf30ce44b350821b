/**
 * The height reporter of the pages inside a firm's frame, built on its own (vite.embed.config.ts,
 * `--mode frame`) so it needs no other file: the prerender writes it into every embed page, in
 * the inline script after boot.ts. The page reports its height to the firm's page from the
 * moment it is parsed, before its own script has started. Pages on their own never carry it.
 */
import { startFrame } from '../lib/embed/frame-reporter.ts';

// The script runs in the page's head: the body it measures comes once the page is parsed.
if (document.body) startFrame();
else document.addEventListener('DOMContentLoaded', startFrame, { once: true });
