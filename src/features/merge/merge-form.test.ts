import { describe, expect, it } from 'vitest';
import type { Relation } from '../../domain/model';
import { claimsNow, initialForm, stanceChoices, toMergeRequest } from './merge-form';

describe('merge form', () => {
  it('names the chosen stance with the pair as after the merge', () => {
    const form = { ...initialForm(['a', 'b']), stances: { 'r1,r2': 'attacks' as const } };
    const relations = new Map<string, Relation>([
      ['r1', { id: 'r1', from: 'b', to: 't', kind: 'supports' }],
      ['r2', { id: 'r2', from: 'a', to: 't', kind: 'attacks' }],
    ]);
    const conflict = {
      kind: 'opposite-stances' as const,
      relationIds: ['r1', 'r2'],
      resolution: 'unresolved' as const,
      message: '',
    };
    const stances = stanceChoices(form, [conflict], relations);
    expect(stances).toEqual([{ from: 'a', to: 't', kind: 'attacks' }]);
    expect(toMergeRequest({ ...form, reason: ' same ' }, stances)).toEqual({
      claimIds: ['a', 'b'],
      survivor: { keep: 'a' },
      stances,
      reason: 'same',
    });
  });

  it('after a 409 looks again at what the claims are now', () => {
    expect(claimsNow(['a', 'b', 'c'], { b: 'a' })).toEqual(['a', 'c']);
  });
});
