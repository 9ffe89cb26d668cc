// After a refused send, focus goes to the first field marked invalid, in the order shown: the
// reader lands on what to fix, and its description says what is wrong.
import { type RefObject, useEffect } from 'react';

export function useFirstProblemFocus(
  form: RefObject<HTMLFormElement | null>,
  problems: Readonly<Record<string, string | undefined>>,
): void {
  useEffect(() => {
    if (Object.keys(problems).length === 0) return;
    form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [form, problems]);
}
