import type { Element, ElementContent, Root } from 'hast';
import { describe, expect, it } from 'vitest';
import { XSS_PAYLOADS } from '../../test/fixtures/xss-payloads';
import { ALLOWED_TAGS, parseRichText } from './rich-text';

function elements(root: Root | Element): Element[] {
  return (root.children as ElementContent[]).flatMap((child) =>
    child.type === 'element' ? [child, ...elements(child)] : [],
  );
}

describe('rich text against the XSS corpus', () => {
  it('has at least 50 payloads', () => {
    expect(XSS_PAYLOADS.length).toBeGreaterThanOrEqual(50);
  });

  it.each(XSS_PAYLOADS)('keeps only safe elements and URLs for %s', (payload) => {
    const rich = parseRichText(payload);
    for (const element of elements(rich.root)) {
      expect(ALLOWED_TAGS).toContain(element.tagName);
      const allowed =
        element.tagName === 'a' ? ['href', 'rel'] : element.tagName === 'ol' ? ['start'] : [];
      for (const key of Object.keys(element.properties)) expect(allowed).toContain(key);
      if (element.tagName === 'a')
        expect(String(element.properties.href)).toMatch(/^(https?:|mailto:)/i);
    }
  });
});
