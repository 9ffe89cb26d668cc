// Sign in or create an account, in one dialog. Each field's problem is tied to it
// (aria-describedby, aria-invalid) and focus goes to the first field with one; the server's
// refusal ("Wrong username or password.") is shown as it is, as an alert.
import { type FormEvent, type RefObject, useId, useRef, useState } from 'react';
import { isApiError } from '../../api/api-error';
import { useSignIn } from '../../api/sign-in';
import { CredentialsSchema, LIMITS } from '../../domain/commands';
import {
  useAccountActions,
  useSignInDialogOpen,
  useSignInMode,
  useSignInReason,
} from '../../state/account-store-provider';
import { Dialog } from '../../ui/dialog';
import { errorMessage } from '../../ui/status';

type Field = 'username' | 'password';
type FieldErrors = Partial<Record<Field, string>>;

/** Shown while the account dialog is open. */
export function SignInDialog() {
  const open = useSignInDialogOpen();
  return open ? <SignInForm /> : null;
}

function SignInForm() {
  const mode = useSignInMode();
  const reason = useSignInReason();
  const { signInDialogClosed, signInModeChosen } = useAccountActions();
  const signIn = useSignIn(mode);
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const inputs = {
    username: useRef<HTMLInputElement>(null),
    password: useRef<HTMLInputElement>(null),
  };
  const signingUp = mode === 'signup';
  const title = signingUp ? 'Create an account' : 'Sign in';

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = fieldErrors(username, password);
    setErrors(found);
    const first = (['username', 'password'] as const).find((f) => found[f]);
    if (first) {
      inputs[first].current?.focus();
      return;
    }
    signIn.mutate({ username, password }, { onSuccess: () => signInDialogClosed() });
  };
  const switchMode = () => {
    signIn.reset();
    setErrors({});
    signInModeChosen(signingUp ? 'signin' : 'signup');
  };

  return (
    <Dialog title={title} onClose={signInDialogClosed} className="dialog--narrow">
      {reason ? <p className="dialog__lead">{reason}</p> : null}
      <form className="account-form" noValidate onSubmit={submit}>
        <TextField
          label="Username"
          value={username}
          onChange={setUsername}
          error={errors.username}
          hint={`${LIMITS.usernameMin}–${LIMITS.usernameMax} letters, digits, "_" or "-".`}
          autoComplete="username"
          inputRef={inputs.username}
        />
        <TextField
          label="Password"
          type="password"
          value={password}
          onChange={setPassword}
          error={errors.password}
          hint={signingUp ? `At least ${LIMITS.passwordMin} characters.` : undefined}
          autoComplete={signingUp ? 'new-password' : 'current-password'}
          inputRef={inputs.password}
        />
        {signIn.isError ? (
          <p role="alert" className="form-error">
            {serverMessage(signIn.error)}
          </p>
        ) : null}
        <div className="account-form__actions">
          <button type="submit" className="button button--primary" disabled={signIn.isPending}>
            {signIn.isPending ? (signingUp ? 'Creating…' : 'Signing in…') : title}
          </button>
          <button type="button" className="button button--link" onClick={switchMode}>
            {signingUp ? 'I have an account: sign in' : 'New here? Create an account'}
          </button>
        </div>
      </form>
    </Dialog>
  );
}

function fieldErrors(username: string, password: string): FieldErrors {
  const parsed = CredentialsSchema.safeParse({ username, password });
  if (parsed.success) return {};
  const found: FieldErrors = {};
  for (const issue of parsed.error.issues) {
    const field = issue.path[0];
    if ((field === 'username' || field === 'password') && !found[field]) {
      found[field] = sentence(issue.message);
    }
  }
  return found;
}

const sentence = (text: string) => `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;

function serverMessage(error: unknown): string {
  // The server's words as they are; a network failure gets the client's own.
  return isApiError(error) ? error.message : errorMessage(error);
}

function TextField(props: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string;
  hint?: string;
  type?: 'text' | 'password';
  autoComplete: string;
  inputRef: RefObject<HTMLInputElement | null>;
}) {
  const id = useId();
  const hintId = props.hint ? `${id}-hint` : null;
  const errorId = props.error ? `${id}-error` : null;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div className="text-field">
      <label htmlFor={id}>{props.label}</label>
      <input
        ref={props.inputRef}
        id={id}
        type={props.type ?? 'text'}
        value={props.value}
        autoComplete={props.autoComplete}
        autoCapitalize="off"
        spellCheck={false}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={describedBy}
        onChange={(event) => props.onChange(event.target.value)}
      />
      {props.hint ? (
        <p id={hintId ?? undefined} className="text-field__hint">
          {props.hint}
        </p>
      ) : null}
      {props.error ? (
        <p id={errorId ?? undefined} className="field-error">
          {props.error}
        </p>
      ) : null}
    </div>
  );
}
