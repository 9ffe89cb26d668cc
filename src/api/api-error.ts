// One error type for everything that can go wrong talking to the API, carrying what the
// reader needs to see (the server's own message) and what code needs to branch on (status).
export class ApiError extends Error {
  override readonly name = 'ApiError';
  constructor(
    message: string,
    /** HTTP status; 0 when the request never got a response (offline, blocked). */
    readonly status: number,
    /** The server's error code (e.g. 'not_found'), or a client-side one like 'bad_response'. */
    readonly code: string,
    /**
     * The whole error body as the server sent it (unparsed), for errors that carry more than a
     * message: a 409 on an edit carries the comment as it is now under `current`.
     */
    readonly body: unknown = null,
  ) {
    super(message);
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}
