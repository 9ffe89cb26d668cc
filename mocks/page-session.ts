// The session token for the in-page API. A real server hands it over in an httpOnly cookie, but a
// response made by script (MSW) cannot set cookies: browsers strip Set-Cookie from it. So here
// the token lives in this closure, in the page's memory, as the cookie would in the browser's jar:
// one per page (or per test server), gone on reload along with the demo's memory store.
import type { SessionCarrier } from '../server/app';

export function createPageSession(): SessionCarrier {
  let token: string | undefined;
  return {
    read: () => token,
    write: (_c, value) => {
      token = value;
    },
    clear: () => {
      token = undefined;
    },
  };
}
