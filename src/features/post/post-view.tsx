// The post: title, byline and body, with the words that state claims drawn as marks.
import { type ReactNode, useMemo } from 'react';
import { useCurrentUser } from '../../api/get-session';
import type { Debate } from '../../domain/model';
import { postText } from '../../domain/text';
import { useViewActions } from '../../state/hooks';
import { rangesFor } from '../../ui/anchor-index';
import { AnchoredText } from '../../ui/anchored-text';
import { FormattedDate } from '../../ui/status';
import { useAnchoredTextBindings, useAnchorIndex } from '../../ui/use-debate-index';
import '../../styles/post.css';

/** `headerActions`: the debate's menu (export), composed by the app, beside the byline. */
export function PostView({ debate, headerActions }: { debate: Debate; headerActions?: ReactNode }) {
  const { post } = debate;
  const text = useMemo(() => postText(post), [post]);
  const index = useAnchorIndex(debate);
  const bindings = useAnchoredTextBindings(debate);
  const user = useCurrentUser();
  const { claimMarkStarted } = useViewActions();
  return (
    <article className="post" aria-labelledby="post-title">
      <header className="post__header">
        <h1 id="post-title" className="post__title">
          {post.title}
        </h1>
        <p className="post__byline">
          {post.author ? `By ${post.author}` : 'Author not named'}
          {post.publishedAt ? (
            <>
              {' · '}
              <FormattedDate value={post.publishedAt} />
            </>
          ) : null}
          {post.sourceUrl ? (
            <>
              {' · '}
              <a href={post.sourceUrl} rel="noopener noreferrer">
                Original post
              </a>
            </>
          ) : null}
        </p>
        {headerActions}
      </header>
      <AnchoredText text={text} ranges={rangesFor(index, 'post')} source="post" {...bindings} />
      {user ? (
        // The keyboard way to mark words (selecting them shows "This is a claim" too).
        <button
          type="button"
          className="button button--quiet"
          onClick={() => claimMarkStarted({ source: { kind: 'post' }, start: 0, end: 0 })}
        >
          Mark a claim in the post
        </button>
      ) : null}
    </article>
  );
}
