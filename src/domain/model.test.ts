import { describe, expect, it } from 'vitest';
import { IdSchema } from './model';

describe('IdSchema', () => {
  it('accepts slugs and refuses anything else', () => {
    expect(IdSchema.safeParse('social-productivity').success).toBe(true);
    expect(IdSchema.safeParse('Bad Id').success).toBe(false);
    expect(IdSchema.safeParse('-leading').success).toBe(false);
    expect(IdSchema.safeParse('x'.repeat(65)).success).toBe(false);
  });
});
