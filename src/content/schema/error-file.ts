import { z } from 'zod';
import { guidedErrorSchema } from './guided-error.ts';
import { neighbourErrorSchema } from './neighbour-error.ts';

/** One file in content/errors/: a covered error or a neighbouring code. */
export const errorFileSchema = z.discriminatedUnion('kind', [
  guidedErrorSchema,
  neighbourErrorSchema,
]);

export type AuthoredErrorFile = z.infer<typeof errorFileSchema>;
