// "Your suggestions": the claims this reader marked where only a moderator may apply them, with
// where they stand. Shown only to a signed-in reader who has made any in this debate.
import { useMySuggestions } from '../../api/list-suggestions';
import type { Suggestion } from '../../domain/commands';

const STATUS_WORDS: Record<Suggestion['status'], string> = {
  pending: 'waiting for a moderator',
  accepted: 'accepted',
  declined: 'declined',
};

export function MySuggestions({ debateId }: { debateId: string }) {
  const suggestions = useMySuggestions(debateId);
  const list = suggestions.data?.suggestions ?? [];
  if (list.length === 0) return null;
  return (
    <section className="suggestions" aria-labelledby="my-suggestions">
      <h2 id="my-suggestions">Your suggestions</h2>
      <ul>
        {list.map((s) => (
          <li key={s.id}>
            “{s.exact}” — claim “{s.mark.text}”
            {s.mark.relation ? ` (${s.mark.relation.kind} another claim)` : ''}:{' '}
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
