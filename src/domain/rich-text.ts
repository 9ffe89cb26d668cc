// Comment bodies are a safe subset of Markdown: paragraphs, links, emphasis, quotes, lists (and
// inline code, line breaks). Parsing is remark's (CommonMark), never hand-written. What is outside
// the subset is shown as the text the writer typed: raw HTML, images, headings' markers, tables,
// code blocks. Nothing here ever produces HTML strings: the result is a hast tree that the view
// turns into React elements, so a body can never inject markup or script.
//
// Anchors count characters in the body's *plain text*: what a reader sees and selects. The plain
// text and the tree come from one pass, so the server (anchoring a reply) and the browser
// (highlighting it) always agree on the offsets.
import type { Element, ElementContent, Root, RootContent, Text } from 'hast';
import type { Nodes as MdNodes, Root as MdRoot } from 'mdast';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { segmentText } from './highlight';
import { PARAGRAPH_SEPARATOR } from './model';

export interface RichText {
  /** The sanitised tree: only ALLOWED_TAGS, links with safe URLs and rel set. */
  root: Root;
  /** The text a reader sees, blocks separated by PARAGRAPH_SEPARATOR. Anchors count in this. */
  plainText: string;
  /** Where each shown text node starts in plainText. */
  offsets: ReadonlyMap<Text, number>;
}

export const ALLOWED_TAGS: ReadonlySet<string> = new Set([
  'p',
  'a',
  'em',
  'strong',
  'blockquote',
  'ul',
  'ol',
  'li',
  'code',
  'br',
]);
const BLOCK_TAGS = new Set(['p', 'blockquote', 'ul', 'ol', 'li']);
const SAFE_PROTOCOLS = /^(https?:|mailto:)/i;
export const LINK_REL = 'nofollow ugc noopener';

/** mdast node types outside the subset: shown as the source the writer typed. */
const AS_SOURCE = new Set([
  'html',
  'image',
  'imageReference',
  'code',
  'table',
  'thematicBreak',
  'definition',
]);

function sourceOf(node: MdNodes, markdown: string): string {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  return start === undefined || end === undefined ? '' : markdown.slice(start, end);
}

const FLOW_PARENTS = new Set(['root', 'blockquote', 'listItem']);

/**
 * Rewrites the Markdown tree so that everything outside the subset becomes plain text. `flow`
 * says the node sits where blocks go, so a leftover (an HTML block, a code block) stays a block.
 */
function keepToSubset(node: MdNodes, markdown: string, flow = false): MdNodes {
  if (AS_SOURCE.has(node.type)) {
    const text = { type: 'text' as const, value: sourceOf(node, markdown) };
    return flow ? { type: 'paragraph', children: [text] } : text;
  }
  if (node.type === 'heading') {
    return {
      type: 'paragraph',
      children: node.children.map((c) => keepToSubset(c, markdown)),
    } as MdNodes;
  }
  if ('children' in node) {
    const childFlow = FLOW_PARENTS.has(node.type);
    const children = node.children.map((child) => keepToSubset(child, markdown, childFlow));
    return { ...node, children } as MdNodes;
  }
  return node;
}

function sanitise(nodes: readonly (RootContent | ElementContent)[]): ElementContent[] {
  const out: ElementContent[] = [];
  for (const node of nodes) {
    if (node.type === 'text') out.push(node);
    if (node.type !== 'element') continue;
    const children = sanitise(node.children);
    if (!ALLOWED_TAGS.has(node.tagName)) {
      out.push(...children);
      continue;
    }
    if (node.tagName === 'a') {
      const href = typeof node.properties.href === 'string' ? node.properties.href : '';
      if (!SAFE_PROTOCOLS.test(href)) {
        out.push(...children);
        continue;
      }
      out.push({
        type: 'element',
        tagName: 'a',
        properties: { href, rel: LINK_REL.split(' ') },
        children,
      });
      continue;
    }
    const properties =
      node.tagName === 'ol' && node.properties.start ? { start: node.properties.start } : {};
    out.push({ type: 'element', tagName: node.tagName, properties, children });
  }
  return out;
}

/** Walks the tree in reading order, giving each shown text node its offset in the plain text. */
function plainTextOf(root: Root): { plainText: string; offsets: Map<Text, number> } {
  const offsets = new Map<Text, number>();
  const blocks: string[] = [];
  let current = '';
  let length = 0;
  const flush = () => {
    if (current.length === 0) return;
    blocks.push(current);
    length += current.length + PARAGRAPH_SEPARATOR.length;
    current = '';
  };
  const visit = (nodes: readonly ElementContent[], inBlock: boolean) => {
    for (const node of nodes) {
      if (node.type === 'text') {
        // Line breaks between blocks are layout, not text.
        if (!inBlock || (current.length === 0 && node.value.trim() === '')) continue;
        offsets.set(node, length + current.length);
        current += node.value;
      } else if (node.type === 'element') {
        if (node.tagName === 'br') current += '\n';
        else if (BLOCK_TAGS.has(node.tagName)) {
          flush();
          visit(node.children, node.tagName === 'p' || node.tagName === 'li');
          flush();
        } else visit(node.children, inBlock);
      }
    }
  };
  visit(root.children as ElementContent[], false);
  flush();
  return { plainText: blocks.join(PARAGRAPH_SEPARATOR), offsets };
}

const processor = unified().use(remarkParse).use(remarkRehype);

export function parseRichText(markdown: string): RichText {
  const mdast = keepToSubset(processor.parse(markdown), markdown) as MdRoot;
  const hast = processor.runSync(mdast) as Root;
  const root: Root = { type: 'root', children: sanitise(hast.children) };
  return { root, ...plainTextOf(root) };
}

/** The plain text of a body: what anchors count in. */
export function richPlainText(markdown: string): string {
  return parseRichText(markdown).plainText;
}

export interface MarkRange {
  start: number;
  end: number;
  id: string;
}

/**
 * A copy of the tree with the ranges' words wrapped in `mark` elements whose `dataIds` property
 * lists the ids covering them (space-separated). Ranges are plain-text offsets.
 */
export function markRanges(rich: RichText, ranges: readonly MarkRange[]): Root {
  if (ranges.length === 0) return rich.root;
  const mark = (nodes: readonly ElementContent[]): ElementContent[] =>
    nodes.flatMap((node): ElementContent[] => {
      if (node.type === 'element') return [{ ...node, children: mark(node.children) }];
      if (node.type !== 'text') return [node];
      const start = rich.offsets.get(node);
      if (start === undefined) return [node];
      const end = start + node.value.length;
      const local = ranges
        .filter((r) => r.start < end && r.end > start)
        .map((r) => ({ id: r.id, start: r.start - start, end: r.end - start }));
      if (local.length === 0) return [node];
      return segmentText(node.value, local).map(
        (segment): ElementContent =>
          segment.ids.length === 0
            ? { type: 'text', value: segment.text }
            : {
                type: 'element',
                tagName: 'mark',
                properties: { dataIds: segment.ids.join(' '), dataStart: start + segment.start },
                children: [{ type: 'text', value: segment.text }],
              },
      );
    });
  return { type: 'root', children: mark(rich.root.children as ElementContent[]) };
}

export type { Element as RichElement, Root as RichRoot };
