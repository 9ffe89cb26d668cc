// Loading and error states, worded the same way across pages.
import { memo, type ReactNode } from 'react';
import { isApiError } from '../api/api-error';

export function LoadingStatus({ children }: { children: ReactNode }) {
  return (
    <p role="status" className="status status--loading">
      {children}
    </p>
  );
}

/** An error the reader can act on: what failed, the server's own words, and a way forward. */
export function ErrorStatus({
  title,
  error,
  headingLevel = 2,
  children,
}: {
  title: string;
  error: unknown;
  /** 1 when the error is the whole page, so the page still has its main heading. */
  headingLevel?: 1 | 2;
  children?: ReactNode;
}) {
  const Heading = headingLevel === 1 ? 'h1' : 'h2';
  return (
    <div role="alert" className="status status--error">
      <Heading>{title}</Heading>
      <p>{errorMessage(error)}</p>
      {children}
    </div>
  );
}

export function errorMessage(error: unknown): string {
  if (isApiError(error)) return error.message;
  if (error instanceof Error) return `Something went wrong: ${error.message}`;
  return 'Something went wrong.';
}

/**
 * One formatter for every date on the page: building one is the expensive part of formatting,
 * and toLocaleDateString builds a new one on each call.
 */
const DATE_FORMAT = new Intl.DateTimeFormat(undefined, {
  year: 'numeric',
  month: 'long',
  day: 'numeric',
});

/** Dates in the reader's locale, but a fixed style so the page reads the same everywhere. */
export const FormattedDate = memo(function FormattedDate({ value }: { value: string }) {
  const date = new Date(value);
  const text = Number.isNaN(date.getTime()) ? value : DATE_FORMAT.format(date);
  return <time dateTime={value}>{text}</time>;
});
