// The parts of a debate every importer must make valid whatever the file offers: the post (a
// title, at least one paragraph, an http(s) address or none) and the debate's id.
import type { Id, Post } from '../model';
import { ID_PATTERN } from '../model';
import { ImportError } from './errors';
import { slugify } from './ids';
import type { FormatName } from './types';

const MAX_TITLE = 500;
const MAX_AUTHOR = 200;

/** Collapses ASCII whitespace (not NBSP, which is deliberate) and trims. */
export function collapseSpace(text: string): string {
  return text.replace(/[ \t\r\n\f\v]+/g, ' ').trim();
}

/** `text` cut to `max` characters, with an ellipsis when it was longer. */
export function cut(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/** The debate id: the caller's, or a slug of the title. */
export function debateId(format: FormatName, requested: Id | undefined, title: string): Id {
  if (requested !== undefined) {
    if (!ID_PATTERN.test(requested)) {
      throw ImportError.general(
        format,
        `"${requested}" cannot be a debate id: use 1–64 lowercase letters, digits or hyphens.`,
      );
    }
    return requested;
  }
  return slugify(title) || 'imported-debate';
}

export interface PostInput {
  title: string | null | undefined;
  fallbackTitle: string;
  author?: string | null;
  publishedAt?: string | null;
  sourceUrl?: string | null;
  paragraphs: readonly string[];
  /** Used when `paragraphs` has no text (AIF, Argdown and Kialo files have no post body). */
  fallbackParagraph: string;
}

/** A valid Post from whatever the file offers. */
export function makePost(input: PostInput): Post {
  const title = cut(collapseSpace(input.title ?? ''), MAX_TITLE) || input.fallbackTitle;
  const author = input.author ? cut(collapseSpace(input.author), MAX_AUTHOR) || null : null;
  const paragraphs = input.paragraphs.filter((p) => p.length > 0);
  return {
    title,
    author,
    publishedAt: input.publishedAt ?? null,
    sourceUrl: input.sourceUrl && isHttpUrl(input.sourceUrl) ? input.sourceUrl : null,
    paragraphs: paragraphs.length > 0 ? paragraphs : [input.fallbackParagraph],
  };
}

export function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}
