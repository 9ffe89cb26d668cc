// The Markdown half of comment bodies, in a chunk of its own (remark, the hast renderer): loaded
// by rich-cache.ts the first time a body with Markdown is drawn or its plain text is needed.
import type { RichBodyProps } from './rich-body';
import { RichBody } from './rich-body';
import { richTextOf } from './rich-cache';

export { parseRichText } from '../domain/rich-text';

/** A comment body with Markdown, drawn once the parser has arrived (it has, to load this). */
export function MarkdownBody({
  comment,
  ...props
}: Omit<RichBodyProps, 'rich'> & { comment: { body: string } }) {
  const rich = richTextOf(comment);
  // The parser is this module's own import, so richTextOf has it; null cannot happen here.
  if (!rich) return null;
  return <RichBody rich={rich} {...props} />;
}
