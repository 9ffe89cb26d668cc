// The app's two addresses, as data: parse a location into a Route and build hrefs back. Pure, so
// path mode (History API) and hash mode (the static demo) share every rule.
import { IdSchema } from '../../domain/model';

export type Route =
  | { name: 'debates' }
  | {
      name: 'debate';
      debateId: string;
      /** The claim to select on load; null when absent or not a well-formed id. */
      claimId: string | null;
      /** The comment a permalink points at (/debates/:id/comments/:commentId), else null. */
      commentId: string | null;
    }
  /** Accounts and their roles (admins only; the page says so to anyone else). */
  | { name: 'users' }
  | { name: 'not-found'; path: string };

/**
 * Parses "/debates/abc?claim=xyz" or "/debates/abc/comments/c1" (a pathname plus search, without
 * origin or hash sign).
 */
export function parseLocation(location: string): Route {
  const url = new URL(location, 'http://crux.invalid');
  const path = url.pathname.replace(/\/+$/, '') || '/';
  if (path === '/') return { name: 'debates' };
  if (path === '/admin/users') return { name: 'users' };
  const match = /^\/debates\/([^/]+)(?:\/comments\/([^/]+))?$/.exec(path);
  if (!match?.[1]) return { name: 'not-found', path };
  // The debate id goes to the server as is, so a malformed one gets the server's own 400 message.
  const debateId = safeDecode(match[1]);
  // So does a comment id: the thread then says the comment could not be found.
  const commentId = match[2] ? safeDecode(match[2]) : null;
  const claim = IdSchema.safeParse(url.searchParams.get('claim'));
  return { name: 'debate', debateId, claimId: claim.success ? claim.data : null, commentId };
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

export function debatesPath(): string {
  return '/';
}

export function usersPath(): string {
  return '/admin/users';
}

export function debatePath(debateId: string, claimId: string | null = null): string {
  const base = `/debates/${encodeURIComponent(debateId)}`;
  return claimId ? `${base}?claim=${encodeURIComponent(claimId)}` : base;
}

/** A comment's permalink: the debate, with the thread scrolled to the comment and marked. */
export function commentPath(debateId: string, commentId: string): string {
  return `/debates/${encodeURIComponent(debateId)}/comments/${encodeURIComponent(commentId)}`;
}
