// Search as you type for an existing claim to link to (claim-search.ts: case, accents and
// punctuation do not matter). Claims the link rules refuse are listed but disabled, with the
// rule's reason beside them, so the reader learns why rather than wondering.
import { useId, useMemo, useState } from 'react';
import { searchClaims } from '../domain/claim-search';
import type { Claim, Id } from '../domain/model';
import type { Check } from '../domain/rules';

/** How many matches are listed; typing more words narrows them. */
const SHOWN = 8;

export function ClaimPicker({
  label,
  claims,
  chosen,
  onChosen,
  check,
  initialQuery = '',
  error,
}: {
  label: string;
  claims: readonly Claim[];
  chosen: Id | null;
  onChosen: (id: Id | null) => void;
  /** Whether a claim may be linked; refused ones are shown disabled with the reason. */
  check: (id: Id) => Check;
  /** The search the picker opens with (the chosen claim's words, when one was chosen elsewhere). */
  initialQuery?: string;
  /** What is wrong with the choice: shown under the search, which is marked invalid. */
  error?: string | undefined;
}) {
  const [query, setQuery] = useState(initialQuery);
  const id = useId();
  const matches = useMemo(() => searchClaims(claims, query), [claims, query]);
  const byId = useMemo(() => new Map(claims.map((c) => [c.id, c])), [claims]);
  const shown = matches.slice(0, SHOWN);
  return (
    <div className="claim-picker">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="search"
        value={query}
        aria-invalid={error ? true : undefined}
        aria-describedby={`${id}-count${error ? ` ${id}-error` : ''}`}
        onChange={(event) => setQuery(event.target.value)}
      />
      {error ? (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      ) : null}
      <p id={`${id}-count`} className="composer__where" aria-live="polite">
        {query.trim() === ''
          ? 'Type words from the claim.'
          : matches.length === 0
            ? 'No claim has all these words.'
            : `${matches.length} ${matches.length === 1 ? 'claim matches' : 'claims match'}${matches.length > SHOWN ? `; the first ${SHOWN} are shown` : ''}.`}
      </p>
      {shown.length > 0 ? (
        <fieldset>
          <legend className="visually-hidden">Matching claims</legend>
          <ul className="claim-options">
            {shown.map((claimId) => {
              const verdict = check(claimId);
              const reasonId = `${id}-${claimId}-reason`;
              return (
                <li key={claimId}>
                  <label className="choice">
                    <input
                      type="radio"
                      name={`${id}-claim`}
                      value={claimId}
                      checked={chosen === claimId}
                      disabled={!verdict.ok}
                      aria-describedby={verdict.ok ? undefined : reasonId}
                      onChange={() => onChosen(claimId)}
                    />
                    <span>{byId.get(claimId)?.text ?? claimId}</span>
                  </label>
                  {verdict.ok ? null : (
                    <p id={reasonId} className="composer__where">
                      {verdict.reason}
                    </p>
                  )}
                </li>
              );
            })}
          </ul>
        </fieldset>
      ) : null}
    </div>
  );
}
