/** Parses the map page's data block (the tree's shape) once, at the edge, with zod/mini. */
import * as z from 'zod/mini';
import type { MapShape } from '../model/map-shape.ts';

export const MAP_SHAPE_ID = 'map-shape';

const shapeSchema = z.object({
  slug: z.string(),
  treeId: z.string(),
  start: z.string(),
  nodes: z.array(
    z.object({
      id: z.string(),
      kind: z.enum(['question', 'fix', 'wait', 'escalation', 'resolved']),
      next: z.array(z.string()),
      retry: z.optional(z.array(z.number())),
    }),
  ),
  situations: z.optional(z.array(z.string())),
});

/** The shape in the page, or undefined if it is missing or not one (the plain map stays). */
export function readShape(text: string | null | undefined): MapShape | undefined {
  if (!text) return undefined;
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return undefined;
  }
  const parsed = shapeSchema.safeParse(json);
  return parsed.success ? parsed.data : undefined;
}
