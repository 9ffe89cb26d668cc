import { describe, expect, it } from 'vitest';
import { FORMAT_FIXTURES } from '../../../test/fixtures/formats';
import { seedDebate } from '../../seed/seed-debate';
import { IdAllocator, slugify } from './ids';
import { EXPORT_FORMATS, exportDebate, guessFormat, importDebate, MAX_IMPORT_BYTES } from './index';

describe('guessFormat', () => {
  it.each(FORMAT_FIXTURES)(
    'tells $filename is $format from its content alone',
    ({ format, text }) => {
      expect(guessFormat(text)).toBe(format);
    },
  );

  it.each(EXPORT_FORMATS)('tells what Crux exports as %s', (format) => {
    const { text, filename } = exportDebate(seedDebate, format);
    expect(guessFormat(text)).toBe(format);
    expect(guessFormat('', filename)).toBe(format);
  });

  it('tells a small AIF export is AIF, though its crux key names a post, claims and relations', () => {
    const small = importDebate(FORMAT_FIXTURES[0]?.text ?? '', { format: 'aif' });
    if (!small.ok) throw new Error(small.error.message);
    const { text } = exportDebate(small.debate, 'aif');
    expect(text.indexOf('"relations"')).toBeLessThan(8192);
    expect(guessFormat(text)).toBe('aif');
  });

  it('says it cannot tell rather than guess', () => {
    expect(guessFormat('Just some words.\nAnd more.')).toBeNull();
    expect(guessFormat('{"hello": "world"}')).toBeNull();
    expect(guessFormat('<html><body>hi</body></html>')).toBeNull();
  });
});

describe('importDebate', () => {
  it('imports with the guessed format and reports it', () => {
    const outcome = importDebate(exportDebate(seedDebate, 'crux').text);
    expect(outcome.ok && outcome.format).toBe('crux');
  });

  it('returns the problem instead of throwing', () => {
    const outcome = importDebate('{"nodes": [], "edges": 3}', { format: 'aif' });
    expect(outcome).toEqual({
      ok: false,
      error: {
        format: 'aif',
        path: '$.edges',
        message: 'AIF JSON, at $.edges: expected a list of edges.',
      },
    });
    const unknown = importDebate('Just words.');
    expect(unknown.ok ? null : unknown.error.message).toMatch(/^Cannot tell which format/);
  });

  it('refuses files over the size limit before reading them', () => {
    const outcome = importDebate(' '.repeat(MAX_IMPORT_BYTES + 1), { format: 'kialo' });
    expect(outcome.ok ? null : outcome.error.message).toBe(
      'The file is 20.0 MB; imports are limited to 20.0 MB. Split it, or import the debate in parts.',
    );
  });

  it('uses the id asked for, and refuses one that is not an id', () => {
    const text = FORMAT_FIXTURES.find((f) => f.format === 'kialo')?.text ?? '';
    const named = importDebate(text, { id: 'my-debate' });
    expect(named.ok && named.debate.id).toBe('my-debate');
    const bad = importDebate(text, { id: 'Not An Id' });
    expect(bad.ok ? null : bad.error.message).toMatch(/"Not An Id" cannot be a debate id/);
  });
});

describe('ids', () => {
  it('slugs text into valid, short ids', () => {
    expect(slugify('Café au lait — très bien!')).toBe('cafe-au-lait-tres-bien');
    expect(slugify('   ')).toBe('');
    expect(slugify('word '.repeat(40)).length).toBeLessThanOrEqual(48);
  });

  it('makes ids unique with a suffix and keeps valid ones as they are', () => {
    const ids = new IdAllocator();
    expect([ids.take('Same', 'x'), ids.take('Same', 'x'), ids.take('same', 'x')]).toEqual([
      'same',
      'same-2',
      'same-3',
    ]);
    expect(ids.take('already-valid', 'x')).toBe('already-valid');
    expect(ids.take('', 'Fallback Text')).toBe('fallback-text');
    expect(ids.take('!!!', '???')).toBe('item');
  });
});
