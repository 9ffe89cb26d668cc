// A Crux debate → Kialo's newer text export: "Discussion Name:" and the title, then each claim as
// "1.1. Pro:" with its text on the next line, both indented two spaces per level, blank lines
// between claims. A claim is written in full once, under the first parent it is reached from;
// its other parents get a "-> See 1.2.2." line with that relation's stance, as Kialo does.
import type { Debate } from '../model';
import { writeKialoText } from './kialo-text';
import { outlineRows } from './outline-rows';

export function exportKialo(debate: Debate): string {
  const out = ['Discussion Name:', debate.post.title.replace(/[\r\n]+/g, ' '), ''];
  const path: number[] = [];
  const numberOf = new Map<string, string>();
  for (const row of outlineRows(debate.claims, debate.relations)) {
    path.length = row.depth + 1;
    path[row.depth] = (path[row.depth] ?? 0) + 1;
    const number = `${path.join('.')}.`;
    const indent = '  '.repeat(row.depth);
    const label = row.via === null ? 'Thesis' : row.via.kind === 'supports' ? 'Pro' : 'Con';
    const first = numberOf.get(row.claim.id);
    const text = row.repeat && first ? `-> See ${first}` : writeKialoText(row.claim.text);
    if (!row.repeat) numberOf.set(row.claim.id, number);
    out.push(`${indent}${number} ${label}:`, `${indent}${text}`, '');
  }
  return `${out.join('\n')}`;
}
