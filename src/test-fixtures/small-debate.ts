// A small debate for component tests of what the seed does not have: words stating two claims
// at once, a reply nested under a comment, and a deleted comment. Anchors are computed from
// the quoted words, as in the seed, so the fixture cannot drift from its text.
import { anchorQuote } from '../domain/anchoring';
import type { Anchor, AnchorSource, Debate } from '../domain/model';
import { PARAGRAPH_SEPARATOR } from '../domain/model';

const PARAGRAPHS = [
  'Cats make the best pets because they purr when content.',
  'Dogs need walking twice a day.',
];
const POST_TEXT = PARAGRAPHS.join(PARAGRAPH_SEPARATOR);
const REPLY_BODY = 'Purring is not always contentment; sick cats purr too.';

function anchor(
  id: string,
  claimId: string,
  source: AnchorSource,
  text: string,
  exact: string,
): Anchor {
  return { id, claimId, source, ...anchorQuote(text, exact) };
}

export const smallDebate: Debate = {
  id: 'cats-and-dogs',
  post: {
    title: 'Cats or dogs?',
    author: 'Ada Example',
    publishedAt: '2024-03-01T09:30:00.000Z',
    sourceUrl: 'https://example.org/cats-or-dogs',
    paragraphs: PARAGRAPHS,
  },
  comments: [
    {
      id: 'c-top',
      parentId: null,
      author: 'Bo',
      createdAt: '2024-03-01T10:00:00.000Z',
      body: 'I prefer dogs.',
      visibility: 'visible',
      order: 0,
    },
    {
      id: 'c-reply',
      parentId: 'c-top',
      author: null,
      createdAt: null,
      body: REPLY_BODY,
      visibility: 'visible',
      order: 0,
    },
    {
      id: 'c-gone',
      parentId: null,
      author: 'Cy',
      createdAt: null,
      body: 'Something regrettable.',
      visibility: 'deleted',
      order: 1,
    },
  ],
  claims: [
    { id: 'cats-best', text: 'Cats make the best pets.' },
    { id: 'purring', text: 'Cats purr when they are content.' },
    { id: 'sick-purr', text: 'Sick cats purr too.' },
  ],
  relations: [
    { id: 'purring-supports-cats', from: 'purring', to: 'cats-best', kind: 'supports' },
    { id: 'sick-attacks-purring', from: 'sick-purr', to: 'purring', kind: 'attacks' },
  ],
  anchors: [
    anchor(
      'a-cats',
      'cats-best',
      { kind: 'post' },
      POST_TEXT,
      'Cats make the best pets because they purr',
    ),
    anchor('a-purr', 'purring', { kind: 'post' }, POST_TEXT, 'they purr when content'),
    anchor(
      'a-sick',
      'sick-purr',
      { kind: 'comment', commentId: 'c-reply' },
      REPLY_BODY,
      'sick cats purr too',
    ),
  ],
};
