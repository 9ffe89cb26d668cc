// Imported files name things with numbers, titles or free text; Crux ids are short URL-safe slugs
// (IdSchema). Ids are made from what the file offers and made unique by a numeric suffix.
import { ID_PATTERN, type Id } from '../model';

/** Ids are at most 64 characters: this leaves room for a "-12345" suffix to make one unique. */
const MAX_BASE = 48;

/**
 * Lowercase ASCII letters, digits and single hyphens, at most `max` characters, cut at a word
 * boundary when possible. Accents are dropped ("Café" → "cafe"); '' when nothing is left.
 */
export function slugify(text: string, max = MAX_BASE): string {
  const ascii = text
    .slice(0, max * 4)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
  let slug = '';
  let pendingHyphen = false;
  for (const char of ascii) {
    const code = char.charCodeAt(0);
    const keep = (code >= 97 && code <= 122) || (code >= 48 && code <= 57);
    if (!keep) {
      pendingHyphen = slug.length > 0;
      continue;
    }
    if (pendingHyphen) slug += '-';
    pendingHyphen = false;
    slug += char;
    if (slug.length >= max) break;
  }
  if (slug.length > max) slug = slug.slice(0, max);
  const lastHyphen = slug.lastIndexOf('-');
  if (slug.length === max && lastHyphen > max / 2) slug = slug.slice(0, lastHyphen);
  return slug.replace(/-+$/, '');
}

/** Hands out unique ids within one kind (claims, comments, …) of one debate. */
export class IdAllocator {
  private readonly used = new Set<string>();
  private readonly nextSuffix = new Map<string, number>();

  has(id: string): boolean {
    return this.used.has(id);
  }

  /**
   * `preferred` as is when it is a valid, unused id; else its slug (or `fallback`'s when the slug
   * is empty), with "-2", "-3", … appended until unused.
   */
  take(preferred: string | null | undefined, fallback: string): Id {
    if (preferred && ID_PATTERN.test(preferred) && !this.used.has(preferred)) {
      this.used.add(preferred);
      return preferred;
    }
    const base = slugify(preferred ?? '') || slugify(fallback) || 'item';
    if (!this.used.has(base)) {
      this.used.add(base);
      return base;
    }
    let n = this.nextSuffix.get(base) ?? 2;
    let id = `${base}-${n}`;
    while (this.used.has(id)) {
      n++;
      id = `${base}-${n}`;
    }
    this.nextSuffix.set(base, n + 1);
    this.used.add(id);
    return id;
  }
}
