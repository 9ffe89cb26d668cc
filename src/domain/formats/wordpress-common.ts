// What the two WordPress readers (REST API JSON, WXR XML) share: a post and its comments in the
// shape both produce, made into a debate. HTML is sanitised here: the post body becomes plain
// paragraphs, comment bodies the Markdown subset of decision 0004.
import type { Id } from '../model';
import { DebateBuilder } from './debate-builder';
import { htmlToMarkdown } from './html-markdown';
import { htmlToText } from './html-text';
import { htmlInlineText } from './html-walk';
import { slugify } from './ids';
import { debateId, makePost } from './post';
import { isoTimestamp } from './time';
import type { ImportContext, ImportedDebate } from './types';
import { plural } from './warnings';

export interface WpPost {
  /** The title as HTML (WordPress renders entities in it). */
  titleHtml: string;
  contentHtml: string;
  author: string | null;
  /** A GMT time without an offset, or ISO with one. */
  dateGmt: string | null;
  link: string | null;
}

export interface WpComment {
  id: string;
  /** '0' or empty for a reply to the post. */
  parent: string | null;
  author: string | null;
  dateGmt: string | null;
  contentHtml: string;
  visibility: 'visible' | 'hidden';
}

/**
 * WordPress stores posts and comments with blank lines for paragraphs and adds the <p> tags only
 * when it shows them (wpautop); WXR has the stored form. Without this, every paragraph of an
 * exported comment would run together.
 */
export function autoParagraphs(html: string): string {
  if (/<(p|div|br)[\s>/]/i.test(html)) return html;
  return html
    .split(/\r?\n[ \t]*\r?\n/)
    .map((chunk) => `<p>${chunk.replace(/\r?\n/g, '<br>')}</p>`)
    .join('');
}

function commentId(wpId: string): string {
  return `comment-${slugify(wpId) || 'x'}`;
}

/** Comments oldest first (undated last), file order among equals: their reading order. */
function byDate(comments: readonly WpComment[]): WpComment[] {
  const keyed = comments.map((comment, index) => {
    const iso = isoTimestamp(comment.dateGmt, true);
    return { comment, index, time: iso === null ? Number.POSITIVE_INFINITY : Date.parse(iso) };
  });
  keyed.sort((a, b) => a.time - b.time || a.index - b.index);
  return keyed.map((k) => k.comment);
}

export function wordpressDebate(
  post: WpPost,
  comments: readonly WpComment[],
  context: ImportContext,
  notes: readonly string[] = [],
): ImportedDebate {
  const builder = new DebateBuilder('wordpress');
  const ids = new Map<string, Id>();
  const parents = new Map<Id, Id>();
  const wanted: [Id, string][] = [];
  for (const comment of byDate(comments)) {
    const id = builder.comment({
      id: commentId(comment.id),
      parentId: null,
      author: comment.author,
      createdAt: isoTimestamp(comment.dateGmt, true),
      body: htmlToMarkdown(autoParagraphs(comment.contentHtml)),
      visibility: comment.visibility,
    });
    if (ids.has(comment.id)) {
      builder.warnings.note(
        'duplicate-comment',
        (n) => `${plural(n, 'comment id')} repeated`,
        comment.id,
      );
    } else ids.set(comment.id, id);
    const parent = comment.parent?.trim();
    if (parent && parent !== '0') wanted.push([id, parent]);
  }
  for (const [id, parent] of wanted) {
    const parentId = ids.get(parent);
    if (parentId === undefined) {
      builder.warnings.note(
        'missing-parent',
        (n) =>
          `${plural(n, 'comment')} replied to a comment not in the file and now reply to the post`,
        `comment ${parent}`,
      );
    } else parents.set(id, parentId);
  }
  builder.setParents(parents);
  const body = htmlToText(autoParagraphs(post.contentHtml));
  const title = htmlInlineText(post.titleHtml);
  const made = makePost({
    title,
    fallbackTitle: context.filename ?? 'Untitled WordPress post',
    author: post.author,
    publishedAt: isoTimestamp(post.dateGmt, true),
    sourceUrl: post.link,
    paragraphs: body.paragraphs,
    fallbackParagraph: '(The post has no text.)',
  });
  const debate = builder.build(debateId('wordpress', context.id, made.title), made);
  return { debate, events: [], warnings: [...notes, ...builder.warnings.list()] };
}
