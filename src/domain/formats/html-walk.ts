// Untrusted HTML (WordPress posts and comments, OVA's source text) is parsed by parse5, the
// browsers' algorithm, so entities, unclosed tags and stray markup read as a browser reads them.
// Nothing here produces HTML: the walk hands text and tag names to a builder that writes plain
// text or the Markdown subset. The walk is iterative, so deeply nested markup cannot overflow
// the stack.
import { type DefaultTreeAdapterTypes, parseFragment } from 'parse5';

type ChildNode = DefaultTreeAdapterTypes.ChildNode;

/** Elements whose content is never text a reader sees: dropped with everything inside. */
const DROPPED = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'iframe',
  'object',
  'embed',
  'svg',
  'math',
  'canvas',
  'audio',
  'video',
  'select',
  'textarea',
  'button',
  'head',
  'title',
]);

/** Elements that start and end a block of text. */
export const BLOCK_TAGS: ReadonlySet<string> = new Set([
  'p',
  'div',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'ul',
  'ol',
  'li',
  'blockquote',
  'pre',
  'table',
  'thead',
  'tbody',
  'tfoot',
  'tr',
  'section',
  'article',
  'header',
  'footer',
  'figure',
  'figcaption',
  'hr',
  'dl',
  'dt',
  'dd',
  'address',
  'aside',
  'nav',
  'main',
  'details',
  'summary',
]);

export interface HtmlVisitor {
  text(value: string): void;
  open(tag: string, attributes: ReadonlyMap<string, string>): void;
  close(tag: string): void;
}

type Step = { node: ChildNode; leaving: false } | { tag: string; leaving: true };

export function walkHtml(html: string, visitor: HtmlVisitor): void {
  const fragment = parseFragment(html);
  const stack: Step[] = [];
  const pushChildren = (nodes: readonly ChildNode[]) => {
    for (let i = nodes.length - 1; i >= 0; i--) {
      const node = nodes[i];
      if (node) stack.push({ node, leaving: false });
    }
  };
  pushChildren(fragment.childNodes);
  while (stack.length > 0) {
    const step = stack.pop() as Step;
    if (step.leaving) {
      visitor.close(step.tag);
      continue;
    }
    const { node } = step;
    if (node.nodeName === '#text' && 'value' in node) {
      visitor.text(node.value);
      continue;
    }
    if (!('tagName' in node) || DROPPED.has(node.tagName)) continue;
    const attributes = new Map(node.attrs.map((a) => [a.name, a.value]));
    visitor.open(node.tagName, attributes);
    stack.push({ tag: node.tagName, leaving: true });
    pushChildren(node.childNodes);
  }
}

/** HTML's whitespace (not NBSP, which is a character a writer chose). */
export function isHtmlSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 12;
}

/** Links keep only these schemes, as rich-text.ts does when it renders a comment. */
export function safeHref(href: string | undefined): string | null {
  if (href === undefined) return null;
  const trimmed = href.trim();
  return /^(https?:|mailto:)/i.test(trimmed) ? trimmed : null;
}

/** The plain text of a fragment (a title): tags dropped, entities decoded, spaces collapsed. */
export function htmlInlineText(html: string): string {
  let out = '';
  walkHtml(html, { text: (value) => (out += value), open: () => {}, close: () => {} });
  return out.replace(/[ \t\r\n\f]+/g, ' ').trim();
}
