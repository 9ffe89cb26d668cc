// "Your suggestions": the claims this reader marked where only a moderator may apply them, with
// where they stand. Shown only to a signed-in reader who has made any in this debate. A
// suggestion that the words state an existing claim shows that claim's wording as it is now.
import { useDebate } from '../../api/get-debate';
import { useMySuggestions } from '../../api/list-suggestions';
import type { Suggestion } from '../../domain/commands';
import { claimNamed } from '../../domain/merge/aliases';
import type { Claim } from '../../domain/model';

const STATUS_WORDS: Record<Suggestion['status'], string> = {
  pending: 'waiting for a moderator',
  accepted: 'accepted',
  declined: 'declined',
};

/** What the suggested words state, in words. */
function statement({ mark }: Suggestion, claims: readonly Claim[]): string {
  if (mark.claimId === undefined) {
    return `claim “${mark.text ?? ''}”${mark.relation ? ` (${mark.relation.kind} another claim)` : ''}`;
  }
  const claim = claimNamed(claims, mark.claimId);
  return claim ? `states “${claim.text}”` : 'states a claim no longer shown';
}

export function MySuggestions({ debateId }: { debateId: string }) {
  const suggestions = useMySuggestions(debateId);
  const claims = useDebate(debateId).data?.claims ?? [];
  const list = suggestions.data?.suggestions ?? [];
  if (list.length === 0) return null;
  return (
    <section className="suggestions" aria-labelledby="my-suggestions">
      <h2 id="my-suggestions">Your suggestions</h2>
      <ul>
        {list.map((s) => (
          <li key={s.id}>
            “{s.exact}” — {statement(s, claims)}:{' '}
            <strong>
              {s.status === 'pending' ? 'Suggested — ' : ''}
              {STATUS_WORDS[s.status]}
            </strong>
          </li>
        ))}
      </ul>
    </section>
  );
}
