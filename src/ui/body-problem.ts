// What a comment body must be before it is sent, in the words the composer shows. The server
// checks the same limits (LIMITS); this only saves a round trip.
import { LIMITS } from '../domain/commands';

const NUMBER = new Intl.NumberFormat('en');

export function bodyProblem(body: string): string | null {
  if (body.trim().length === 0) return 'Write something before sending.';
  if (body.length > LIMITS.commentBody) {
    return `A comment has at most ${NUMBER.format(LIMITS.commentBody)} characters; this one has ${NUMBER.format(body.length)}. Shorten it to send it.`;
  }
  return null;
}
