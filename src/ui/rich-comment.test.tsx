// A body without Markdown is drawn without the parser, and must come out exactly as RichBody
// draws the parsed body: the same elements, offsets and marks, so selections, marks and styles
// cannot tell the two paths apart. A body with Markdown is drawn by RichBody.
import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { isPlainBody } from '../domain/plain-body';
import { parseRichText } from '../domain/rich-text';
import { RichBody } from './rich-body';
import { CommentText, PlainBody } from './rich-comment';

const bindings = {
  claimsById: new Map([
    ['k', { id: 'k', text: 'A claim.' }],
    ['j', { id: 'j', text: 'Another.' }],
  ]),
  selectedClaimId: 'k',
  hoveredClaimId: null,
  onClaimSelected: () => {},
  onClaimHovered: () => {},
};

const CASES: { body: string; ranges: { start: number; end: number; id: string }[] }[] = [
  { body: 'One line.', ranges: [] },
  { body: 'Buses should be free.', ranges: [{ start: 6, end: 12, id: 'k' }] },
  {
    body: 'First paragraph here.\n\nSecond one, with a soft\nline break.\n\nThird.',
    ranges: [
      { start: 0, end: 5, id: 'k' },
      { start: 3, end: 15, id: 'j' },
      // Across a paragraph break: one mark on each side.
      { start: 16, end: 30, id: 'j' },
    ],
  },
  { body: 'Numbers like 3.5 and a-b are plain.', ranges: [{ start: 13, end: 16, id: 'k' }] },
];

describe('PlainBody', () => {
  it.each(CASES)('draws $body as RichBody draws it parsed', ({ body, ranges }) => {
    expect(isPlainBody(body)).toBe(true);
    const parsed = render(
      <RichBody rich={parseRichText(body)} ranges={ranges} source="comment:c" {...bindings} />,
    ).container.innerHTML;
    const plain = render(<PlainBody text={body} ranges={ranges} source="comment:c" {...bindings} />)
      .container.innerHTML;
    expect(plain).toBe(parsed);
  });
});

describe('CommentText', () => {
  it('draws a body with Markdown through the parser', () => {
    const { container } = render(
      <CommentText
        comment={{ body: 'Dogs *also* purr.' }}
        ranges={[{ start: 5, end: 9, id: 'k' }]}
        source="comment:c"
        {...bindings}
      />,
    );
    expect(container.querySelector('em mark')?.textContent).toBe('also');
  });
});
