import { describe, expect, it } from 'vitest';
import { sourceText } from './comment-text';
import type { Debate } from './model';
import { PARAGRAPH_SEPARATOR } from './model';
import { paragraphSpans, postText, sourceKey } from './text';

const debate: Pick<Debate, 'post' | 'comments'> = {
  post: {
    title: 'T',
    author: null,
    publishedAt: null,
    sourceUrl: null,
    paragraphs: ['First para.', 'Second para.'],
  },
  comments: [
    {
      id: 'c1',
      parentId: null,
      author: null,
      createdAt: null,
      body: 'A comment.',
      visibility: 'visible',
      order: 0,
    },
  ],
};

describe('postText', () => {
  it('joins paragraphs with the paragraph separator', () => {
    expect(postText(debate.post)).toBe(`First para.${PARAGRAPH_SEPARATOR}Second para.`);
  });
});

describe('sourceKey', () => {
  it('names the post and comments distinctly', () => {
    expect(sourceKey({ kind: 'post' })).toBe('post');
    expect(sourceKey({ kind: 'comment', commentId: 'c1' })).toBe('comment:c1');
  });
});

describe('sourceText', () => {
  it('gives the post text, a comment body, or null for an unknown comment', () => {
    expect(sourceText(debate, { kind: 'post' })).toBe('First para.\n\nSecond para.');
    expect(sourceText(debate, { kind: 'comment', commentId: 'c1' })).toBe('A comment.');
    expect(sourceText(debate, { kind: 'comment', commentId: 'nope' })).toBeNull();
  });

  it('gives a Markdown comment as the plain text a reader sees (decision 0004)', () => {
    const [c1] = debate.comments;
    if (!c1) throw new Error('fixture');
    const md = { ...debate, comments: [{ ...c1, body: 'A *strong* [claim](https://x.org).' }] };
    expect(sourceText(md, { kind: 'comment', commentId: 'c1' })).toBe('A strong claim.');
  });
});

describe('paragraphSpans', () => {
  it('keeps offsets into the whole text', () => {
    const text = 'ab\n\ncde\n\nf';
    const spans = paragraphSpans(text);
    expect(spans).toEqual([
      { start: 0, end: 2, text: 'ab' },
      { start: 4, end: 7, text: 'cde' },
      { start: 9, end: 10, text: 'f' },
    ]);
    for (const s of spans) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it('handles empty text, no separator, and empty paragraphs between separators', () => {
    expect(paragraphSpans('')).toEqual([]);
    expect(paragraphSpans('one')).toEqual([{ start: 0, end: 3, text: 'one' }]);
    expect(paragraphSpans('a\n\n\n\nb').map((s) => s.text)).toEqual(['a', '', 'b']);
    expect(paragraphSpans('a\n\n').map((s) => s.text)).toEqual(['a', '']);
  });

  it('round-trips with postText', () => {
    const spans = paragraphSpans(postText(debate.post));
    expect(spans.map((s) => s.text)).toEqual(debate.post.paragraphs);
  });
});
