// Every payload of the XSS corpus, submitted as a comment (and as the wording of the claim its
// reply makes) to `npm start`, then shown in real Chromium: nothing runs. No dialog opens, the
// page's flag stays unset, and every comment body holds only the Markdown subset's elements,
// with no event-handler attribute and no link to anything but http(s) or mailto.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { XSS_PAYLOADS } from '../test/fixtures/xss-payloads';
import { launchBrowser, type RunningCrux, startCrux } from './harness';

const DIST = process.env.CRUX_DIST_DIR ?? '/tmp/crux-dist-client';
const DEBATE = 'social-productivity';

let crux: RunningCrux;
let browser: Browser;
beforeAll(async () => {
  // 65 writes in seconds: the per-user write limit would (rightly) refuse most of them.
  crux = await startCrux({ CRUX_DIST_DIR: DIST, CRUX_RATE_LIMITS: 'off' });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await crux?.stop();
});

interface Posted {
  status: number;
  commentId: string | null;
}

/** Posts from inside the page (same origin, its cookie and CSRF token), as the app does. */
function postPayload(page: Page, payload: string): Promise<Posted> {
  return page.evaluate(
    async ({ debate, body }) => {
      const me = (await (await fetch('/api/me')).json()) as { csrfToken: string };
      const send = (input: unknown) =>
        fetch(`/api/debates/${debate}/comments`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-csrf-token': me.csrfToken },
          body: JSON.stringify(input),
        });
      // As a reply to a claim, so the payload is also a claim's wording in the map.
      let response = await send({
        parentId: null,
        body,
        reply: {
          targetClaimId: 'middle-classes',
          stance: 'attacks',
          point: { kind: 'new', text: body.slice(0, 1000) },
        },
      });
      // A body whose plain text has no sentence to anchor the claim on: a plain comment then.
      if (response.status === 422) response = await send({ parentId: null, body });
      const answer = (await response.json()) as {
        event?: { upsert: { comments: { id: string }[] } };
      };
      return { status: response.status, commentId: answer.event?.upsert.comments[0]?.id ?? null };
    },
    { debate: DEBATE, body: payload },
  );
}

const ALLOWED = [
  'P',
  'A',
  'EM',
  'STRONG',
  'BLOCKQUOTE',
  'UL',
  'OL',
  'LI',
  'CODE',
  'BR',
  'SPAN',
  'MARK',
];

/** What is wrong on the page now: elements outside the subset, handlers, unsafe links. */
function problemsOnPage(page: Page): Promise<string[]> {
  return page.evaluate((allowed) => {
    const found: string[] = [];
    for (const body of document.querySelectorAll('.rich-body')) {
      for (const element of body.querySelectorAll('*')) {
        if (!allowed.includes(element.tagName)) found.push(`<${element.tagName}> in a comment`);
        for (const attribute of element.attributes) {
          if (/^on/i.test(attribute.name) || attribute.name === 'style') {
            found.push(`${attribute.name}= on <${element.tagName}> in a comment`);
          }
        }
        const href = element.getAttribute('href');
        if (href !== null && !/^(https?:|mailto:)/i.test(href)) found.push(`link to ${href}`);
      }
    }
    for (const element of document.body.querySelectorAll('*')) {
      for (const attribute of element.attributes) {
        if (/^on/i.test(attribute.name)) found.push(`${attribute.name}= on <${element.tagName}>`);
      }
    }
    const injected = document.body.querySelectorAll('script, iframe, object, embed, frame, meta');
    if (injected.length > 0) found.push(`${injected.length} script/frame/object/meta elements`);
    const flags = window as unknown as { __xss?: unknown };
    if (flags.__xss !== undefined) found.push('window.__xss was set');
    return found;
  }, ALLOWED);
}

describe('the XSS corpus in Chromium', () => {
  it(`shows ${XSS_PAYLOADS.length} hostile comments and claims as text, running nothing`, async () => {
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    const page = await context.newPage();
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await page.goto(`${crux.url}debates/${DEBATE}`);
    await page.getByRole('article', { name: /Social Productivity/ }).waitFor();
    const account = page.getByRole('region', { name: 'Your account' });
    await account.getByRole('button', { name: 'Create an account', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Create an account' });
    await dialog.getByLabel('Username').fill('mallory');
    await dialog.getByLabel('Password').fill('correct horse battery');
    await dialog.getByRole('button', { name: 'Create an account', exact: true }).click();
    await account.getByText('Signed in as mallory').waitFor();

    // The first through the composer, as a person would; the rest straight to the API.
    const [first, ...rest] = XSS_PAYLOADS;
    await page.getByRole('button', { name: 'Reply to the post' }).click();
    await page.getByLabel('Your reply to the post').fill(first ?? '');
    await page.getByRole('button', { name: 'Send reply' }).click();
    await page
      .getByRole('article', { name: /by mallory$/ })
      .first()
      .waitFor();
    const posted: Posted[] = [];
    for (const payload of rest) posted.push(await postPayload(page, payload));
    expect(posted.filter((p) => p.status !== 201)).toEqual([]);
    expect(await problemsOnPage(page)).toEqual([]);

    // A fresh load renders every body from the server's copy; scroll the virtual thread so
    // each comment is drawn at least once, checking the page at every step.
    await page.reload();
    await page
      .getByRole('article', { name: /by mallory$/ })
      .first()
      .waitFor();
    const wanted = new Set(posted.map((p) => p.commentId));
    const seen = new Set<string>();
    for (let step = 0; step < 200 && [...wanted].some((id) => !seen.has(id ?? '')); step++) {
      for (const id of await page
        .locator('article[data-comment-id]')
        .evaluateAll((all) => all.map((a) => a.getAttribute('data-comment-id') ?? ''))) {
        seen.add(id);
      }
      expect(await problemsOnPage(page)).toEqual([]);
      await page.locator('.discussion').evaluate((el) => el.scrollBy(0, el.clientHeight * 0.7));
      await page.waitForTimeout(150);
    }
    expect([...wanted].filter((id) => !seen.has(id ?? ''))).toEqual([]);

    // The claims: their wording is drawn as text in the map and the outline.
    await page.getByRole('tab', { name: 'Outline' }).click();
    const tree = page.getByRole('tree', { name: 'Argument outline' });
    await tree.waitFor();
    expect(await tree.textContent()).toContain('<svg/onload=window.__xss=1>');
    expect(await problemsOnPage(page)).toEqual([]);
    expect(dialogs).toEqual([]);
    await context.close();
  });
});
