import { describe, expect, it } from 'vitest';
import { polarityOf, polarityPenalty } from './contrasts';
import { claimShingles, claimTokens, foldText, shingles } from './normalise';

describe('claim normalisation', () => {
  it('folds case, accents, typographic quotes and dashes', () => {
    expect(foldText('Café NAÏVE “quoted” ‘single’ co‐production — en–dash')).toBe(
      'cafe naive "quoted" \'single\' co-production - en-dash',
    );
    expect(claimTokens('The Council’s plan')).toEqual(claimTokens("the council's plan"));
    expect(claimTokens('co‐production')).toEqual(claimTokens('co-production'));
  });

  it('keeps negation as a token, so "should not" differs from "should"', () => {
    expect(claimTokens('The council should raise fares')).toEqual(['council', 'rais', 'fare']);
    expect(claimTokens('The council should not raise fares')).toEqual([
      'council',
      'not',
      'rais',
      'fare',
    ]);
  });

  it('turns every negation into "not": n’t, cannot, never, no, nobody', () => {
    for (const text of [
      "The council shouldn't raise fares",
      'The council shouldn’t raise fares',
      'The council shouldnt raise fares',
      'The council cannot raise fares',
      'The council can’t raise fares',
      'The council will never raise fares',
      'The council won’t raise fares',
    ]) {
      expect(claimTokens(text), text).toEqual(['council', 'not', 'rais', 'fare']);
    }
    expect(claimTokens('No one uses it')).toContain('not');
    expect(claimTokens('Nobody uses it')).toContain('not');
  });

  it('stems with Porter, so inflections agree', () => {
    const stems = ['raise', 'raises', 'raised', 'raising'].map((w) => claimTokens(w));
    expect(new Set(stems.map((s) => s.join()))).toEqual(new Set(['rais']));
    expect(claimTokens('communities participating')).toEqual(claimTokens('community participates'));
  });

  it('drops stop words but keeps quantifiers that change the claim', () => {
    expect(claimTokens('It is the best of the plans')).toEqual(['best', 'plan']);
    expect(claimTokens('All teachers')).toEqual(['all', 'teacher']);
    expect(claimTokens('Some teachers')).toEqual(['some', 'teacher']);
    expect(claimTokens('more buses')).toEqual(['more', 'buse']);
  });

  it('makes word shingles: every token and every neighbouring pair', () => {
    expect(shingles(['a', 'b', 'c'])).toEqual(['a', 'b', 'c', 'a b', 'b c']);
    expect(claimShingles('Raise bus fares')).toEqual(['rais', 'bu', 'fare', 'rais bu', 'bu fare']);
    expect(claimShingles('')).toEqual([]);
    expect(claimShingles('the of and')).toEqual([]);
  });
});

describe('polarity', () => {
  it('marks a negated claim and the sides of a contrast it takes', () => {
    expect(polarityOf(claimTokens('Fares should rise')).negated).toBe(0);
    expect(polarityOf(claimTokens('Fares should not rise')).negated).toBe(1);
    expect(polarityOf(claimTokens('No, never, fares cannot rise')).negated).toBe(1);
  });

  it('penalises a flipped negation and an opposite word, not agreement', () => {
    const p = (text: string) => polarityOf(claimTokens(text));
    expect(polarityPenalty(p('raise fares'), p('fares raised'))).toBe(1);
    expect(polarityPenalty(p('raise fares'), p('do not raise fares'))).toBeLessThan(1);
    expect(polarityPenalty(p('raise fares'), p('lower fares'))).toBeLessThan(1);
    expect(polarityPenalty(p('all teachers'), p('some teachers'))).toBeLessThan(1);
    expect(polarityPenalty(p('raise fares'), p('cut fares'))).toBeLessThan(1);
    // A claim that names both sides takes neither.
    expect(polarityPenalty(p('raise some fares, lower others'), p('lower fares'))).toBe(1);
  });
});
