// Duplicate claims: normalisation, the polarity rules and the index. Pure, browser-safe.
export { type DuplicateGroup, type DuplicatePair, groupPairs } from './all-pairs';
export { CONTRAST_WORDS, type Polarity, polarityOf, polarityPenalty } from './contrasts';
export {
  createDuplicateIndex,
  DEFAULT_DUPLICATE_THRESHOLD,
  type DuplicateIndex,
  type DuplicateMatch,
  type PairsOptions,
  type SimilarOptions,
} from './duplicate-index';
export { claimShingles, claimTokens, foldText, NEGATION, shingles } from './normalise';
