// The first debate: "Social Productivity: Big Society 2.0 or same BS?" and its two comments,
// modelled by hand as an argument graph. Claims are stated once in neutral words; each is anchored
// to the exact words it comes from, and the anchors are computed from those words (never typed as
// offsets), so a wrong quote fails loudly when this module loads.
//
// The page names no author for the post or the comments and gives no dates: they stay null.
// Modelling choices a reader may question, and why:
// - The post's thesis and comment 1's claim are two roots: comment 1 answers the post's question
//   ("Big Society 2.0 or same BS?") with its own thesis rather than with a reason for or against
//   the author's, so the map shows both under the debate's question.
// - "Reed contradicts himself" attacks both of Reed's claims it contradicts (two parents).
// - "Or maybe they just had better community organisers" is irony aimed at the Hub's facilitators;
//   stated neutrally it would claim the opposite of what the author means, so it is not a claim.
import { anchorQuote } from '../domain/anchoring';
import type { Anchor, AnchorSource, Claim, Comment, Debate, Relation } from '../domain/model';
import { PARAGRAPH_SEPARATOR } from '../domain/model';
import { SEED_CLAIMS as CLAIMS, type SourceName } from './seed-claims';
import { SEED_COMMENT_BODIES, SEED_POST_PARAGRAPHS, SEED_TITLE } from './seed-text';

export const SEED_DEBATE_ID = 'social-productivity';

const COMMENTS: readonly Comment[] = SEED_COMMENT_BODIES.map((body, index) => ({
  id: `comment-${index + 1}`,
  parentId: null,
  author: null,
  createdAt: null,
  body,
  visibility: 'visible',
  order: index,
}));

function sourceOf(name: SourceName): { source: AnchorSource; text: string } {
  if (name === 'post') {
    return { source: { kind: 'post' }, text: SEED_POST_PARAGRAPHS.join(PARAGRAPH_SEPARATOR) };
  }
  const comment = COMMENTS.find((c) => c.id === name);
  if (!comment) throw new Error(`seed: no comment ${name}`);
  return { source: { kind: 'comment', commentId: comment.id }, text: comment.body };
}

function buildSeedDebate(): Debate {
  const claims: Claim[] = CLAIMS.map(({ id, text }) => ({ id, text }));
  const relations: Relation[] = CLAIMS.flatMap((spec) =>
    spec.links.map(([kind, to]) => ({ id: `${spec.id}--${kind}--${to}`, from: spec.id, to, kind })),
  );
  const anchors: Anchor[] = CLAIMS.flatMap((spec) =>
    spec.said.map(([sourceName, exact], index) => {
      const { source, text } = sourceOf(sourceName);
      if (text.indexOf(exact) !== text.lastIndexOf(exact)) {
        throw new Error(`seed: "${exact}" occurs more than once in ${sourceName}`);
      }
      return {
        id: `${spec.id}--said-${index + 1}`,
        claimId: spec.id,
        source,
        ...anchorQuote(text, exact),
      };
    }),
  );
  return {
    id: SEED_DEBATE_ID,
    post: {
      title: SEED_TITLE,
      author: null,
      publishedAt: null,
      sourceUrl: null,
      paragraphs: [...SEED_POST_PARAGRAPHS],
    },
    comments: [...COMMENTS],
    claims,
    relations,
    anchors,
  };
}

/** The seed debate, built once. Treat as read-only: stores copy what they keep. */
export const seedDebate: Debate = buildSeedDebate();
