// The header's account corner: "Sign in" for a reader, or who is signed in and "Sign out".
// Reading needs no account, so nothing else on the page waits for this.
import { useSession } from '../../api/get-session';
import { useSignOut } from '../../api/sign-out';
import { useAccountActions } from '../../state/account-store-provider';
import '../../styles/account.css';

export function AccountMenu() {
  const session = useSession();
  const signOut = useSignOut();
  const { signInRequested } = useAccountActions();
  const user = session.data?.user ?? null;
  if (session.isPending) return <div className="account-menu" />;
  return (
    <section className="account-menu" aria-label="Your account">
      {user ? (
        <>
          <span className="account-menu__user">
            Signed in as <strong>{user.name}</strong>
          </span>
          <button
            type="button"
            className="button button--quiet"
            disabled={signOut.isPending}
            onClick={() => signOut.mutate()}
          >
            Sign out
          </button>
        </>
      ) : (
        <>
          <button type="button" className="button button--quiet" onClick={() => signInRequested()}>
            Sign in
          </button>
          <button
            type="button"
            className="button button--quiet"
            onClick={() => signInRequested(undefined, 'signup')}
          >
            Create an account
          </button>
        </>
      )}
      {session.isError ? (
        <span className="account-menu__error">Could not check your account.</span>
      ) : null}
    </section>
  );
}
