// @argdown/core's lexer (chevrotain) tries lazy regular expressions at certain characters: "["
// scans to the end of its line looking for "]:", "{" scans on for a closing "}", "/*" for "*/",
// and so on. Each failed try is paid again at the next such character, so a file of 40,000 "["
// takes the parser seconds and one of 400,000 would take hours. Before parsing, this linear scan
// adds up what those scans would cost and refuses a file whose total is far past any real map's,
// naming the line where the worst unclosed bracket is.

type Kind = 'eol' | 'bracket' | 'paren' | 'brace' | 'html' | 'block' | 'front' | 'space';

export interface ArgdownCost {
  /** Characters the lexer's failed tries would scan, at most. */
  cost: number;
  /** Where the trigger with the longest scan starts, and what it is. */
  worst: { offset: number; trigger: string; distance: number } | null;
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13;
}

export function argdownCost(text: string): ArgdownCost {
  const pending: Record<Kind, { at: number; trigger: string }[]> = {
    eol: [],
    bracket: [],
    paren: [],
    brace: [],
    html: [],
    block: [],
    front: [],
    space: [],
  };
  let cost = 0;
  let worst: ArgdownCost['worst'] = null;
  const resolve = (kind: Kind, at: number) => {
    const list = pending[kind];
    for (const p of list) {
      const distance = at - p.at;
      cost += distance;
      if (!worst || distance > worst.distance)
        worst = { offset: p.at, trigger: p.trigger, distance };
    }
    list.length = 0;
  };
  const wait = (kind: Kind, at: number, trigger: string) => pending[kind].push({ at, trigger });
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const char = text[i] as string;
    if (code === 10) resolve('eol', i);
    if (isSpace(code)) resolve('space', i);
    if (char === ']') resolve('bracket', i);
    else if (char === ')') resolve('paren', i);
    else if (char === '}') resolve('brace', i);
    else if (char === '>' && text.startsWith('--', i - 2)) resolve('html', i);
    else if (char === '/' && text[i - 1] === '*') resolve('block', i);
    else if (char === '=' && text.startsWith('===', i) && text[i - 1] !== '=') resolve('front', i);
    switch (char) {
      case '[':
        wait('eol', i, '[');
        wait('bracket', i, '[');
        break;
      case '<':
        wait('eol', i, '<');
        if (text.startsWith('<!--', i)) wait('html', i, '<!--');
        break;
      case '@':
        wait('eol', i, '@');
        break;
      case '#':
        if (text[i + 1] === '(') wait('paren', i, '#(');
        break;
      case '{':
        wait('brace', i, '{');
        break;
      case '/':
        if (text[i + 1] === '*') wait('block', i + 1, '/*');
        else if (text[i + 1] === '/') wait('eol', i, '//');
        break;
      case '=':
        if (text.startsWith('===', i) && text[i - 1] !== '=') wait('front', i + 3, '===');
        break;
      case '.':
      case ':':
        wait('space', i, char);
        break;
    }
  }
  for (const kind of Object.keys(pending) as Kind[]) resolve(kind, text.length);
  return { cost, worst };
}
