// Start-up failures end the process with one line on stderr: what went wrong and what to do.
// A stack trace is for bugs, and a misconfigured server is not one.

/** A start-up failure whose message is already the one line to show. */
export class StartupError extends Error {
  override readonly name = 'StartupError';
}

/** The single line to print for any error that stopped start-up. */
export function startupFailureLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const firstLine = message.split('\n').find((line) => line.trim() !== '') ?? 'unknown error';
  return `Crux could not start: ${firstLine.trim()}`;
}
