// WordPress's export file (WXR): RSS XML with one <item> per post and <wp:comment> children.
// saxes reads the XML (well-formedness errors come with their line); this file only picks the
// fields out. The first item of type "post" is imported; the others are named in a warning.
import { SaxesParser } from 'saxes';
import { ImportError } from './errors';
import type { ImportContext, ImportedDebate } from './types';
import { plural } from './warnings';
import type { WpComment, WpPost } from './wordpress-common';
import { wordpressDebate } from './wordpress-common';

/** HTML names WordPress lets into titles; XML knows only the five of its own. */
const HTML_ENTITIES: Record<string, string> = {
  nbsp: '\u00a0',
  hellip: '…',
  mdash: '—',
  ndash: '–',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  laquo: '«',
  raquo: '»',
  copy: '©',
  reg: '®',
  trade: '™',
  eacute: 'é',
  egrave: 'è',
  agrave: 'à',
  uuml: 'ü',
  ouml: 'ö',
  auml: 'ä',
  szlig: 'ß',
  euro: '€',
  pound: '£',
};

interface RawItem {
  fields: Map<string, string>;
  comments: Map<string, string>[];
}

const ITEM_FIELDS = new Set([
  'title',
  'link',
  'dc:creator',
  'content:encoded',
  'wp:post_id',
  'wp:post_date_gmt',
  'wp:post_type',
  'wp:status',
]);
const COMMENT_FIELDS = new Set([
  'wp:comment_id',
  'wp:comment_parent',
  'wp:comment_author',
  'wp:comment_date_gmt',
  'wp:comment_content',
  'wp:comment_approved',
  'wp:comment_type',
]);

/** Every <item> with the fields Crux reads; throws with the line of the first XML error. */
function readItems(xml: string): RawItem[] {
  const parser = new SaxesParser({ xmlns: false });
  Object.assign(parser.ENTITIES, HTML_ENTITIES);
  const items: RawItem[] = [];
  const path: string[] = [];
  let item: RawItem | null = null;
  let comment: Map<string, string> | null = null;
  let textBuffer = '';
  parser.on('opentag', (tag) => {
    path.push(tag.name);
    textBuffer = '';
    if (tag.name === 'item') item = { fields: new Map(), comments: [] };
    else if (tag.name === 'wp:comment' && item) comment = new Map();
  });
  const onText = (text: string) => {
    textBuffer += text;
  };
  parser.on('text', onText);
  parser.on('cdata', onText);
  parser.on('closetag', (tag) => {
    path.pop();
    const parent = path[path.length - 1];
    if (tag.name === 'item' && item) {
      items.push(item);
      item = null;
    } else if (tag.name === 'wp:comment' && item && comment) {
      item.comments.push(comment);
      comment = null;
    } else if (comment && parent === 'wp:comment' && COMMENT_FIELDS.has(tag.name)) {
      comment.set(tag.name, textBuffer);
    } else if (item && parent === 'item' && ITEM_FIELDS.has(tag.name)) {
      item.fields.set(tag.name, textBuffer);
    }
    textBuffer = '';
  });
  try {
    parser.write(xml).close();
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    const detail = reason.replace(/^[^:]*:\d+:\d+:\s*/, '');
    throw ImportError.atLine(
      'wordpress',
      parser.line,
      'well-formed WXR (XML)',
      `an error: ${detail}`,
    );
  }
  return items;
}

function visibility(approved: string | undefined): WpComment['visibility'] | null {
  const value = (approved ?? '1').trim();
  if (value === 'spam' || value === 'trash') return null;
  return value === '1' || value === 'approve' ? 'visible' : 'hidden';
}

export function importWordPressXml(xml: string, context: ImportContext): ImportedDebate {
  const items = readItems(xml);
  const posts = items.filter((i) => (i.fields.get('wp:post_type') ?? 'post').trim() === 'post');
  const chosen = posts[0] ?? items[0];
  if (!chosen) {
    throw ImportError.general(
      'wordpress',
      'The WXR file has no <item>: there is no post to import.',
    );
  }
  const notes: string[] = [];
  if (posts.length > 1) {
    notes.push(`The file holds ${posts.length} posts; only the first was imported.`);
  }
  let skipped = 0;
  const comments: WpComment[] = [];
  for (const raw of chosen.comments) {
    const type = (raw.get('wp:comment_type') ?? '').trim();
    const shown = visibility(raw.get('wp:comment_approved'));
    if ((type !== '' && type !== 'comment') || shown === null) {
      skipped++;
      continue;
    }
    comments.push({
      id: (raw.get('wp:comment_id') ?? '').trim() || `n${comments.length + 1}`,
      parent: raw.get('wp:comment_parent')?.trim() ?? null,
      author: raw.get('wp:comment_author')?.trim() || null,
      dateGmt: raw.get('wp:comment_date_gmt') ?? null,
      contentHtml: raw.get('wp:comment_content') ?? '',
      visibility: shown,
    });
  }
  if (skipped > 0) {
    notes.push(`${plural(skipped, 'pingback, trackback or spam comment')} left out.`);
  }
  const field = (name: string) => chosen.fields.get(name) ?? null;
  const post: WpPost = {
    titleHtml: field('title') ?? '',
    contentHtml: field('content:encoded') ?? '',
    author: field('dc:creator')?.trim() || null,
    dateGmt: field('wp:post_date_gmt'),
    link: field('link')?.trim() || null,
  };
  return wordpressDebate(post, comments, context, notes);
}
