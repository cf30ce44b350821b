import { build } from 'vite';

/**
 * The browser events library (src/lib/events/track-event.ts) as one classic script that puts
 * its API on `window.fixpathEvents`. The screens do not send events yet (the app wires
 * trackEvent in later), so the journeys load the real library into real pages this way.
 */
export async function eventsClientScript(): Promise<string> {
  const result = await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      write: false,
      minify: false,
      lib: { entry: 'src/lib/events/track-event.ts', formats: ['iife'], name: 'fixpathEvents' },
    },
  });
  const outputs = Array.isArray(result) ? result : [result];
  for (const output of outputs) {
    if ('output' in output) {
      const chunk = output.output.find((item) => item.type === 'chunk');
      // Init scripts run in a function scope: publish the IIFE's result on window.
      if (chunk && chunk.type === 'chunk')
        return `${chunk.code}\nwindow.fixpathEvents = fixpathEvents;`;
    }
  }
  throw new Error('the events library did not build');
}

/** What the page sees: the library's exports. */
export interface EventsApi {
  trackEvent(event: Record<string, unknown>): void;
  flushEvents(): void;
  eventsEnabled(): boolean;
}
