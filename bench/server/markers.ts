// A generated section of a Markdown page lives between `<!-- NAME:start -->` and
// `<!-- NAME:end -->`; rewriting it leaves the rest of the page (and other sections) alone.

/** Replaces what lies between the markers, or appends the marked section when it is missing. */
export function replaceBetweenMarkers(doc: string, name: string, body: string): string {
  const start = `<!-- ${name}:start -->`;
  const end = `<!-- ${name}:end -->`;
  const from = doc.indexOf(start);
  const to = doc.indexOf(end);
  const block = `${start}\n\n${body.trim()}\n\n${end}`;
  if (from === -1 || to === -1 || to < from) return `${doc.trimEnd()}\n\n${block}\n`;
  return doc.slice(0, from) + block + doc.slice(to + end.length);
}
