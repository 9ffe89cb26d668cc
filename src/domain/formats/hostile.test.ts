// Inputs built to make a careless importer quadratic. Each must import (or be refused) well
// inside the test timeout: if one of these starts timing out, an importer lost its linearity.
import { describe, expect, it } from 'vitest';
import { importAif } from './aif-import';
import { importArgdown } from './argdown-import';
import { ImportError } from './errors';
import { htmlToMarkdown } from './html-markdown';
import { htmlToText } from './html-text';
import { importKialo } from './kialo-import';

describe('hostile inputs stay linear', () => {
  it('Kialo: 50,000 "-> See" lines each pointing at the next', () => {
    const lines = ['Discussion Title: T', '1. Root'];
    for (let i = 1; i <= 50_000; i++) lines.push(`1.${i}. Pro: -> See 1.${i + 1}.`);
    lines.push('1.50001. Con: The end.');
    const { debate } = importKialo(lines.join('\n'), {});
    expect(debate.relations).toEqual([
      { id: 'the-end-attacks-root', from: 'the-end', to: 'root', kind: 'attacks' },
    ]);
  });

  it('AIF: 20,000 illocutions from one 1 MB locution, none of whose propositions it contains', () => {
    const nodes: object[] = [{ nodeID: 'L', type: 'L', text: `Ann : ${'blah '.repeat(200_000)}` }];
    const edges: object[] = [];
    for (let i = 0; i < 20_000; i++) {
      nodes.push({ nodeID: `I${i}`, type: 'I', text: `proposition number ${i}` });
      nodes.push({ nodeID: `Y${i}`, type: 'YA', text: 'Asserting' });
      edges.push({ fromID: 'L', toID: `Y${i}` }, { fromID: `Y${i}`, toID: `I${i}` });
    }
    const { debate, warnings } = importAif(JSON.stringify({ nodes, edges }), {});
    expect(debate.anchors).toEqual([]);
    expect(warnings.join('\n')).toMatch(/more text searching than an import allows/);
  });

  it('HTML: a page of 40,000 links, and 40,000 unclosed formatting tags', () => {
    const links = '<a href="https://x.example">a'.repeat(40_000);
    expect(htmlToText(links).text.length).toBeGreaterThan(40_000);
    expect(htmlToMarkdown('<b><i>'.repeat(20_000)).length).toBe(0);
  });

  it('Argdown: 200,000 unclosed brackets are refused before the parser sees them', () => {
    expect(() => importArgdown('['.repeat(200_000), {})).toThrow(ImportError);
  });
});
