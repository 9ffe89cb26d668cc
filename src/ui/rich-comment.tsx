// A comment's words as the thread draws them. A body without Markdown (most) is drawn here
// directly, as the same elements RichBody makes of it (a paragraph per block, each text run in a
// span carrying its plain-text offset, marks for claims), so the first view needs no parser. A
// body with Markdown is drawn by RichBody once the parser's chunk arrives; until then its text
// shows as typed, unmarked (its anchors wait for the parser too: anchor-index.ts).
import { type ReactNode, useMemo } from 'react';
import type { HighlightRange } from '../domain/highlight';
import { type AnchoredTextProps, ClaimMark } from './anchored-text';
import { paragraphSegments } from './paragraph-segments';
import { isPlainComment, useMarkdown } from './rich-cache';
import '../styles/rich-body.css';

type Bindings = Omit<AnchoredTextProps, 'text' | 'ranges'>;

export type CommentTextProps = Bindings & {
  comment: { body: string };
  ranges: readonly HighlightRange[];
  /** The source key ('comment:<id>') that selection-offsets.ts reports. */
  source: string;
};

const NO_RANGES: readonly HighlightRange[] = [];

export function CommentText({ comment, ranges, source, ...bindings }: CommentTextProps) {
  const plain = isPlainComment(comment);
  const markdown = useMarkdown(!plain);
  if (plain) return <PlainBody text={comment.body} ranges={ranges} source={source} {...bindings} />;
  if (!markdown) {
    return <PlainBody text={comment.body} ranges={NO_RANGES} source={source} {...bindings} />;
  }
  const { MarkdownBody } = markdown;
  return <MarkdownBody comment={comment} ranges={ranges} source={source} {...bindings} />;
}

/** Text with no Markdown: what RichBody makes of it, without parsing. */
export function PlainBody({
  text,
  ranges,
  source,
  ...bindings
}: Bindings & { text: string; ranges: readonly HighlightRange[]; source: string }) {
  const paragraphs = useMemo(() => paragraphSegments(text, ranges), [text, ranges]);
  return (
    <div className="rich-body" data-source={source}>
      {paragraphs.map((paragraph, index) => (
        <Paragraph key={paragraph.start} first={index === 0}>
          <span data-start={paragraph.start}>
            {paragraph.segments.map((segment) =>
              segment.ids.length === 0 ? (
                segment.text
              ) : (
                <ClaimMark
                  key={segment.start}
                  ids={segment.ids}
                  start={segment.start}
                  {...bindings}
                >
                  {segment.text}
                </ClaimMark>
              ),
            )}
          </span>
        </Paragraph>
      ))}
    </div>
  );
}

/** The parser puts a line break between blocks; kept so both paths give the same DOM. */
function Paragraph({ first, children }: { first: boolean; children: ReactNode }) {
  return (
    <>
      {first ? null : '\n'}
      <p>{children}</p>
    </>
  );
}
