// A comment body as the DOM gets it: only the Markdown subset's elements whatever the body says,
// and every text run labelled with its offset in the plain text, so a selection in it maps back
// to the offsets anchors count in (selection-offsets.ts).
import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { XSS_PAYLOADS } from '../../test/fixtures/xss-payloads';
import { parseRichText } from '../domain/rich-text';
import { RichBody } from './rich-body';
import { offsetAt, selectionInSource } from './selection-offsets';

const bindings = {
  claimsById: new Map([['k', { id: 'k', text: 'A claim.' }]]),
  selectedClaimId: null,
  hoveredClaimId: null,
  onClaimSelected: () => {},
  onClaimHovered: () => {},
};

function show(markdown: string, ranges: { start: number; end: number; id: string }[] = []) {
  const rich = parseRichText(markdown);
  const { container } = render(
    <RichBody rich={rich} ranges={ranges} source="comment:c" {...bindings} />,
  );
  return { rich, body: container.querySelector('.rich-body') as HTMLElement };
}

const ALLOWED = new Set([
  'P',
  'A',
  'EM',
  'STRONG',
  'BLOCKQUOTE',
  'UL',
  'OL',
  'LI',
  'CODE',
  'BR',
  'SPAN',
  'MARK',
]);

describe('RichBody', () => {
  it.each(XSS_PAYLOADS.map((p) => [p]))('draws %j with safe elements only', (payload) => {
    const { body } = show(payload);
    for (const element of body.querySelectorAll('*')) {
      expect(ALLOWED.has(element.tagName), element.outerHTML).toBe(true);
      for (const attribute of element.attributes) {
        expect(attribute.name.startsWith('on'), attribute.name).toBe(false);
      }
      const href = element.getAttribute('href');
      if (href !== null) expect(href).toMatch(/^(https?:|mailto:)/);
    }
  });

  it('maps every point of the drawn text back to its plain-text offset', () => {
    const markdown = 'Cats *purr* when [content](https://e.org).\n\n> Dogs bark.\n\n- one\n- two';
    const { rich, body } = show(markdown, [{ start: 5, end: 9, id: 'k' }]);
    const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent ?? '';
      // Line breaks between blocks are layout, not text: they are in no run (and no selection
      // endpoint there maps to an offset).
      if (!node.parentElement?.closest('[data-start]')) {
        expect(text.trim()).toBe('');
        continue;
      }
      for (let i = 0; i <= text.length; i++) {
        const at = offsetAt(node, i);
        expect(at?.source).toBe('comment:c');
        // The character after the point is the same in the DOM and in the plain text.
        if (i < text.length) expect(rich.plainText[at?.offset ?? -1]).toBe(text[i]);
      }
    }
  });

  it('turns a selection across marks and emphasis into trimmed offsets in one source', () => {
    const { rich, body } = show('Cats *purr* when content. Dogs bark.', [
      { start: 5, end: 9, id: 'k' },
    ]);
    const first = body.querySelector('mark')?.firstChild as Text;
    const spans = [...body.querySelectorAll('span[data-start]')];
    const last = spans.at(-1)?.firstChild as Text;
    const selection = document.getSelection();
    selection?.setBaseAndExtent(first, 0, last, (last.textContent ?? '').indexOf('.') + 2);
    const found = selectionInSource(selection, () => rich.plainText);
    expect(found && rich.plainText.slice(found.start, found.end)).toBe('purr when content.');
  });
});
