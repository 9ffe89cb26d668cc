// How a claim's grounded status is said and marked: an icon and a word, never colour alone.
import type { ClaimStatus, GroundedLabel } from '../../domain/grounded';
import type { Relation, RelationKind } from '../../domain/model';

export const STATUS_WORD: Record<GroundedLabel, string> = {
  in: 'Stands',
  out: 'Rebutted',
  undecided: 'Undecided',
};

export const STATUS_ICON: Record<GroundedLabel, string> = { in: '✓', out: '✗', undecided: '?' };

export const RELATION_ICON: Record<RelationKind, string> = { supports: '+', attacks: '−' };

export function countsPhrase(status: ClaimStatus): string {
  const s = status.supportCount;
  const a = status.attackCount;
  return `${s} ${s === 1 ? 'support' : 'supports'}, ${a} ${a === 1 ? 'attack' : 'attacks'}`;
}

export function shorten(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

export function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** How a claim bears on the claim above it, for its accessible name. */
export function relationPhrase(
  relation: Relation | null,
  parentText: string | undefined,
  underSyntheticRoot: boolean,
): string {
  if (!relation) return underSyntheticRoot ? 'one of the main claims' : 'the main claim';
  return `${relation.kind} “${shorten(parentText ?? relation.to, 60)}”`;
}
