// What merged claims must keep true in any stored or imported debate: an alias names a claim
// that no longer exists (else a link would have two destinations), and lands on one claim only.
import type { Claim } from '../model';

export function aliasProblems(claims: readonly Claim[]): string[] {
  const ids = new Set(claims.map((c) => c.id));
  const owner = new Map<string, string>();
  const problems: string[] = [];
  for (const claim of claims) {
    for (const alias of claim.aliases ?? []) {
      if (ids.has(alias)) {
        problems.push(
          `Claim "${claim.id}" lists "${alias}" as merged into it, but "${alias}" is still a claim.`,
        );
      }
      const first = owner.get(alias);
      if (first !== undefined) {
        problems.push(`"${alias}" is listed as merged into both "${first}" and "${claim.id}".`);
      } else owner.set(alias, claim.id);
    }
  }
  return problems;
}
