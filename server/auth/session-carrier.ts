// How the session token travels between the browser and the API. Over real HTTP it is the
// crux_session cookie. In the browser demo the API runs inside the page (MSW), where no response
// can set a cookie (Set-Cookie is stripped from script-made responses), so mocks/ supplies a
// carrier that keeps the token in memory; the rest of the session logic is the same.
import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';

export const SESSION_COOKIE = 'crux_session';

export interface CarrierOptions {
  /** The request came over https: the cookie gets `Secure`. */
  secure: boolean;
}

export interface SessionCarrier {
  /** The token the request carries, if any (unchecked). */
  read(c: Context): string | undefined;
  /** Hands the browser a new token valid for `maxAgeSeconds`. */
  write(c: Context, token: string, maxAgeSeconds: number, options: CarrierOptions): void;
  /** Tells the browser to forget its token. */
  clear(c: Context, options: CarrierOptions): void;
}

/** httpOnly (scripts cannot read it), SameSite=Lax (not sent on cross-site posts), whole site. */
const cookieAttributes = ({ secure }: CarrierOptions) =>
  ({ httpOnly: true, sameSite: 'Lax', path: '/', secure }) as const;

export const cookieCarrier: SessionCarrier = {
  read: (c) => getCookie(c, SESSION_COOKIE),
  write(c, token, maxAge, options) {
    setCookie(c, SESSION_COOKIE, token, { ...cookieAttributes(options), maxAge });
  },
  clear(c, options) {
    deleteCookie(c, SESSION_COOKIE, cookieAttributes(options));
  },
};
