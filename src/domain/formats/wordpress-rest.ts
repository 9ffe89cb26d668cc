// WordPress REST API JSON: a post from /wp-json/wp/v2/posts/ID (with ?_embed its comments come in
// `_embedded.replies`), or `{ "post": …, "comments": [ … ] }` joining it with the answer of
// /wp-json/wp/v2/comments?post=ID. Read liberally: ids as numbers or strings, `rendered` objects
// or plain strings, unknown fields ignored.
import { z } from 'zod';
import { excerpt, ImportError, jsonPath, parseJson } from './errors';
import type { ImportContext, ImportedDebate } from './types';
import { plural } from './warnings';
import type { WpComment, WpPost } from './wordpress-common';
import { wordpressDebate } from './wordpress-common';

const IdLike = z.union([z.string(), z.number()], { error: 'an id (a number or a string)' });
const Rendered = z.union([z.object({ rendered: z.string() }), z.string()], {
  error: 'an HTML string or { "rendered": "…" }',
});
const text = (value: z.infer<typeof Rendered>) =>
  typeof value === 'string' ? value : value.rendered;
const OptionalString = z.string().nullish().catch(null);

const RestCommentSchema = z.object({
  id: IdLike,
  parent: IdLike.nullish(),
  author_name: OptionalString,
  date: OptionalString,
  date_gmt: OptionalString,
  content: Rendered,
  status: OptionalString,
  type: OptionalString,
});
type RestComment = z.infer<typeof RestCommentSchema>;

const RestPostSchema = z.object({
  title: Rendered,
  content: Rendered,
  date: OptionalString,
  date_gmt: OptionalString,
  link: OptionalString,
  author: z.union([z.number(), z.string()]).nullish().catch(null),
  _embedded: z
    .object({
      author: z
        .array(z.object({ name: OptionalString }))
        .nullish()
        .catch(null),
      replies: z.array(z.array(z.unknown())).nullish().catch(null),
    })
    .nullish()
    .catch(null),
});

function parse<T extends z.ZodType>(schema: T, value: unknown, path: PropertyKey[]): z.infer<T> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const at = jsonPath([...path, ...(issue?.path ?? [])]);
  throw ImportError.atPath('wordpress', at, issue?.message ?? 'a WordPress post');
}

function asComment(raw: RestComment): WpComment | null {
  if (raw.type && raw.type !== 'comment') return null;
  const status = raw.status ?? 'approved';
  if (status === 'spam' || status === 'trash') return null;
  return {
    id: String(raw.id),
    parent: raw.parent === null || raw.parent === undefined ? null : String(raw.parent),
    author: raw.author_name ?? null,
    dateGmt: raw.date_gmt ?? null,
    contentHtml: text(raw.content),
    visibility: status === 'approved' || status === 'approve' ? 'visible' : 'hidden',
  };
}

function readComments(list: readonly unknown[], path: PropertyKey[], notes: string[]): WpComment[] {
  const comments: WpComment[] = [];
  let skipped = 0;
  list.forEach((raw, i) => {
    const comment = asComment(parse(RestCommentSchema, raw, [...path, i]));
    if (comment) comments.push(comment);
    else skipped++;
  });
  if (skipped > 0) {
    notes.push(`${plural(skipped, 'pingback, trackback or spam comment')} left out.`);
  }
  return comments;
}

function readPost(value: unknown, path: PropertyKey[]): WpPost {
  const post = parse(RestPostSchema, value, path);
  const embeddedAuthor = post._embedded?.author?.[0]?.name ?? null;
  const date =
    post.date_gmt ?? (post.date && /[zZ]|[+-]\d{2}:\d{2}$/.test(post.date) ? post.date : null);
  return {
    titleHtml: text(post.title),
    contentHtml: text(post.content),
    author: embeddedAuthor ?? (typeof post.author === 'string' ? post.author : null),
    dateGmt: date,
    link: post.link ?? null,
  };
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export function importWordPressJson(input: string, context: ImportContext): ImportedDebate {
  const root = parseJson('wordpress', input);
  const notes: string[] = [];
  if (Array.isArray(root)) {
    const first = root[0];
    if (!isObject(first) || !('title' in first)) {
      throw ImportError.atPath(
        'wordpress',
        '$',
        'a post, or { "post": …, "comments": [ … ] } (a comments list alone has no post)',
        Array.isArray(root) ? `a list of ${root.length}` : excerpt(String(root)),
      );
    }
    if (root.length > 1)
      notes.push(`The file lists ${root.length} posts; only the first was imported.`);
    return wordpressDebate(readPost(first, [0]), [], context, notes);
  }
  if (!isObject(root)) {
    throw ImportError.atPath('wordpress', '$', 'a WordPress post object', typeof root);
  }
  if ('post' in root) {
    const comments = root.comments ?? [];
    if (!Array.isArray(comments)) {
      throw ImportError.atPath('wordpress', '$.comments', 'a list of comments', typeof comments);
    }
    const post = readPost(root.post, ['post']);
    return wordpressDebate(post, readComments(comments, ['comments'], notes), context, notes);
  }
  const post = readPost(root, []);
  const embedded = isObject(root._embedded) ? root._embedded.replies : undefined;
  const groups: unknown[] = Array.isArray(embedded) ? embedded : [];
  const comments = groups.flatMap((group, i) =>
    Array.isArray(group) ? readComments(group, ['_embedded', 'replies', i], notes) : [],
  );
  return wordpressDebate(post, comments, context, notes);
}
