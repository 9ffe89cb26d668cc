import { describe, expect, it } from 'vitest';
import { normaliseForSearch, searchClaims, stepMatch } from './claim-search';

const claims = [
  { id: 'a', text: 'The middle classes have the capacity to participate' },
  { id: 'b', text: 'Café culture isn’t “civic” participation' },
  { id: 'c', text: 'Residents of Brixton organised themselves' },
];

describe('claim search', () => {
  it('ignores case, accents, curly quotes and punctuation', () => {
    expect(normaliseForSearch('  Café — “CIVIC”,  isn’t ')).toBe('cafe civic isn t');
    expect(searchClaims(claims, 'cafe')).toEqual(['b']);
    expect(searchClaims(claims, '"Civic"')).toEqual(['b']);
    expect(searchClaims(claims, 'isn’t')).toEqual(['b']);
  });

  it('needs every word, in any order, and keeps the given order', () => {
    expect(searchClaims(claims, 'particip')).toEqual(['a', 'b']);
    expect(searchClaims(claims, 'participate middle')).toEqual(['a']);
    expect(searchClaims(claims, 'middle brixton')).toEqual([]);
    expect(searchClaims(claims, '   ')).toEqual([]);
  });

  it('steps through matches both ways, wrapping', () => {
    const matches = ['a', 'b', 'c'];
    expect(stepMatch(matches, null, 1)).toBe('a');
    expect(stepMatch(matches, null, -1)).toBe('c');
    expect(stepMatch(matches, 'c', 1)).toBe('a');
    expect(stepMatch(matches, 'a', -1)).toBe('c');
    expect(stepMatch(matches, 'elsewhere', 1)).toBe('a');
    expect(stepMatch([], 'a', 1)).toBeNull();
  });
});
