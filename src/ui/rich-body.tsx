// A comment body: its Markdown (the safe subset of rich-text.ts) turned into React elements from
// the sanitised tree, never from an HTML string, with the words that state claims drawn as the
// same marks as in the post. Every text run carries `data-start`, its offset in the body's plain
// text, so a selection in it can be turned back into the offsets anchors count in.
import type { ElementContent, Root } from 'hast';
import { type Components, toJsxRuntime } from 'hast-util-to-jsx-runtime';
import { type ComponentProps, createContext, useContext, useMemo } from 'react';
import { Fragment, jsx, jsxs } from 'react/jsx-runtime';
import type { HighlightRange } from '../domain/highlight';
import { markRanges, type RichText } from '../domain/rich-text';
import { type AnchoredTextProps, ClaimMark } from './anchored-text';
import '../styles/rich-body.css';

export type RichBodyProps = Omit<AnchoredTextProps, 'text' | 'ranges'> & {
  rich: RichText;
  ranges: readonly HighlightRange[];
  /** The source key ('comment:<id>') that selection-offsets.ts reports. */
  source: string;
};

/**
 * Wraps every text node in a span holding its plain-text offset. The text nodes themselves are
 * kept (not copied), since markRanges finds their offsets by identity.
 */
export function withOffsetSpans(rich: RichText): RichText {
  const wrap = (nodes: readonly ElementContent[]): ElementContent[] =>
    nodes.map((node) => {
      if (node.type === 'element') return { ...node, children: wrap(node.children) };
      const start = node.type === 'text' ? rich.offsets.get(node) : undefined;
      if (start === undefined) return node;
      return {
        type: 'element',
        tagName: 'span',
        properties: { dataStart: start },
        children: [node],
      };
    });
  const root: Root = { type: 'root', children: wrap(rich.root.children as ElementContent[]) };
  return { ...rich, root };
}

// Marks read their bindings from context: a component made per render would have a new identity
// each time the selection changes, and React would remount every mark (losing keyboard focus).
const MarkBindings = createContext<Omit<AnchoredTextProps, 'text' | 'ranges'> | null>(null);

function Mark(props: ComponentProps<'mark'> & { 'data-ids'?: string; 'data-start'?: number }) {
  const bindings = useContext(MarkBindings);
  if (!bindings) return <mark>{props.children}</mark>;
  return (
    <ClaimMark
      ids={(props['data-ids'] ?? '').split(' ').filter(Boolean)}
      start={Number(props['data-start'] ?? 0)}
      {...bindings}
    >
      {props.children}
    </ClaimMark>
  );
}

const COMPONENTS: Partial<Components> = { mark: Mark };

export function RichBody({ rich, ranges, source, ...markProps }: RichBodyProps) {
  const spaced = useMemo(() => withOffsetSpans(rich), [rich]);
  const tree = useMemo(() => markRanges(spaced, ranges), [spaced, ranges]);
  const { claimsById, selectedClaimId, hoveredClaimId, onClaimSelected, onClaimHovered } =
    markProps;
  const bindings = useMemo(
    () => ({ claimsById, selectedClaimId, hoveredClaimId, onClaimSelected, onClaimHovered }),
    [claimsById, selectedClaimId, hoveredClaimId, onClaimSelected, onClaimHovered],
  );
  const content = useMemo(
    () => toJsxRuntime(tree, { Fragment, jsx, jsxs, components: COMPONENTS }),
    [tree],
  );
  return (
    <MarkBindings.Provider value={bindings}>
      <div className="rich-body" data-source={source}>
        {content}
      </div>
    </MarkBindings.Provider>
  );
}
