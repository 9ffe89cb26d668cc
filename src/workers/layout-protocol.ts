// Messages between the page and the layout worker, checked with zod on arrival: a worker is a
// boundary like any other, and a malformed message must fail loudly, not lay out garbage.
import { z } from 'zod';
import { ClaimSchema, RelationSchema } from '../domain/model';

export const LayoutRequestSchema = z.object({
  requestId: z.number().int(),
  claims: z.array(ClaimSchema),
  relations: z.array(RelationSchema),
  collapsed: z.array(z.string()),
  filter: z.enum(['both', 'supports', 'attacks']),
  options: z.object({
    nodeWidth: z.number(),
    nodeHeight: z.number(),
    gapX: z.number(),
    gapY: z.number(),
  }),
});
export type LayoutRequest = z.infer<typeof LayoutRequestSchema>;

export const LayoutResponseSchema = z.union([
  z.object({
    requestId: z.number().int(),
    ok: z.literal(true),
    layout: z.object({
      ids: z.array(z.string()),
      xy: z.instanceof(Float64Array),
      hidden: z.instanceof(Uint32Array),
      listed: z.instanceof(Uint8Array),
      width: z.number(),
      height: z.number(),
    }),
  }),
  z.object({ requestId: z.number().int(), ok: z.literal(false), error: z.string() }),
]);
export type LayoutResponse = z.infer<typeof LayoutResponseSchema>;
