import type { Element, ElementContent, Root } from 'hast';
import { describe, expect, it } from 'vitest';
import { seedDebate } from '../seed/seed-debate';
import { ALLOWED_TAGS, LINK_REL, markRanges, parseRichText, richPlainText } from './rich-text';

function elements(root: Root | Element): Element[] {
  return (root.children as ElementContent[]).flatMap((child) =>
    child.type === 'element' ? [child, ...elements(child)] : [],
  );
}

function textOf(node: Root | Element): string {
  return (node.children as ElementContent[])
    .map((c) => (c.type === 'text' ? c.value : c.type === 'element' ? textOf(c) : ''))
    .join('');
}

describe('parseRichText', () => {
  it('keeps the subset: paragraphs, emphasis, links, quotes, lists', () => {
    const rich = parseRichText(
      'A *point* and **more**, see [this](https://example.org).\n\n> quoted\n\n- one\n- two\n\n1. first',
    );
    expect(elements(rich.root).map((e) => e.tagName)).toEqual([
      'p',
      'em',
      'strong',
      'a',
      'blockquote',
      'p',
      'ul',
      'li',
      'li',
      'ol',
      'li',
    ]);
    expect(rich.plainText).toBe('A point and more, see this.\n\nquoted\n\none\n\ntwo\n\nfirst');
  });

  it('shows raw HTML as the text that was typed', () => {
    const rich = parseRichText(
      'Hi <script>alert(1)</script> <b onmouseover="x()">bold</b>\n\n<div>block</div>',
    );
    expect(elements(rich.root).map((e) => e.tagName)).toEqual(['p', 'p']);
    expect(rich.plainText).toBe(
      'Hi <script>alert(1)</script> <b onmouseover="x()">bold</b>\n\n<div>block</div>',
    );
  });

  it('keeps only http, https and mailto links, with rel="nofollow ugc noopener"', () => {
    const rich = parseRichText(
      '[a](javascript:alert(1)) [b](https://ok.example) [c](data:text/html,x) [d](mailto:x@y.z) [e](JaVaScRiPt:alert(1))',
    );
    const links = elements(rich.root).filter((e) => e.tagName === 'a');
    expect(links.map((l) => l.properties.href)).toEqual(['https://ok.example', 'mailto:x@y.z']);
    expect(links.every((l) => String((l.properties.rel as string[]).join(' ')) === LINK_REL)).toBe(
      true,
    );
    expect(rich.plainText).toBe('a b c d e');
  });

  it('shows images, headings, code blocks and rules as plain text', () => {
    const rich = parseRichText('# Title\n\n![alt](https://x/y.png)\n\n```\ncode\n```\n\n---');
    for (const element of elements(rich.root)) expect(ALLOWED_TAGS).toContain(element.tagName);
    expect(rich.plainText).toBe('Title\n\n![alt](https://x/y.png)\n\n```\ncode\n```\n\n---');
  });

  it('reads the seed comments, which are plain paragraphs, as exactly their text', () => {
    for (const comment of seedDebate.comments)
      expect(richPlainText(comment.body)).toBe(comment.body);
  });

  it('gives every shown text node its offset in the plain text', () => {
    const rich = parseRichText('One *two* three.\n\n- four\n- five');
    for (const [node, offset] of rich.offsets) {
      expect(rich.plainText.slice(offset, offset + node.value.length)).toBe(node.value);
    }
  });
});

describe('markRanges', () => {
  it('wraps exactly the ranged words, across formatting, without changing the text', () => {
    const rich = parseRichText('The *middle classes* have the capacity.');
    const start = rich.plainText.indexOf('middle');
    const end = rich.plainText.indexOf(' capacity');
    const marked = markRanges(rich, [{ start, end, id: 'c1' }]);
    const marks = elements(marked).filter((e) => e.tagName === 'mark');
    expect(marks.map((m) => textOf(m))).toEqual(['middle classes', ' have the']);
    expect(marks.every((m) => m.properties.dataIds === 'c1')).toBe(true);
    expect(textOf(marked)).toBe(textOf(rich.root));
  });

  it('lists every id on overlapping words', () => {
    const rich = parseRichText('abcdef');
    const marked = markRanges(rich, [
      { start: 0, end: 4, id: 'x' },
      { start: 2, end: 6, id: 'y' },
    ]);
    const marks = elements(marked).filter((e) => e.tagName === 'mark');
    expect(marks.map((m) => [textOf(m), m.properties.dataIds])).toEqual([
      ['ab', 'x'],
      ['cd', 'x y'],
      ['ef', 'y'],
    ]);
  });
});
