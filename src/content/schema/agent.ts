import { z } from 'zod';
import { text } from './text.ts';

/** Words for a support agent to say on the phone, and what to listen for in the reply. */
export const agentScriptSchema = z.strictObject({
  say: text,
  listenFor: text.optional(),
});
