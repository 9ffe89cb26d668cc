// The layout worker's answers, checked with zod on the page (which has zod anyway): the worker's
// own script never imports this file.
import { z } from 'zod';

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
