// A comment's permalink (/debates/:id/comments/:commentId) on a freshly started server shows
// that comment on screen, marked as the current one, however far down a long thread it is and
// however late the post above it settles its height. The jump must not fire once too early and
// give up: it keeps the comment in view until the reader scrolls.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDebate } from '../scripts/gen/generate-debate';
import { openStore } from '../server/startup/open-store';
import type { Debate } from '../src/domain/model';
import { launchBrowser, type RunningCrux, startCrux } from './harness';

const THREAD_ID = 'permalinks';
let crux: RunningCrux;
let browser: Browser;
let dataDir: string;
let thread: Debate;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'crux-e2e-permalink-'));
  thread = generateDebate({
    claims: 300,
    comments: 3_000,
    seed: 11,
    id: THREAD_ID,
    title: 'Permalinks',
  });
  const { store } = await openStore({ dataDir, databaseUrl: undefined });
  try {
    await store.createDebate(thread);
  } finally {
    await store.close();
  }
  crux = await startCrux({ DATA_DIR: dataDir });
  browser = await launchBrowser();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await crux?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

/** Whether the linked comment is marked current and wholly or mostly inside the thread's box. */
function linkedOnScreen(page: Page, commentId: string): Promise<boolean> {
  return page.evaluate((id) => {
    const comment = document.querySelector(`[data-comment-id="${id}"][aria-current="location"]`);
    const box = document.querySelector('.discussion')?.getBoundingClientRect();
    const at = comment?.getBoundingClientRect();
    if (!at || !box) return false;
    const top = Math.max(at.top, box.top);
    const bottom = Math.min(at.bottom, box.bottom);
    // A long comment taller than the pane counts when it fills the pane.
    return bottom - top >= Math.min(at.height, box.height) * 0.9;
  }, commentId);
}

describe('comment permalinks', () => {
  it('show the linked comment, far down a 3,000-comment thread, on screen', async () => {
    // Late in the thread, deep in a reply chain, and one at the top level: none in the first page.
    const last = thread.comments.at(-1);
    const reply = thread.comments.findLast((c) => c.parentId !== null && c !== last);
    const top = thread.comments.findLast((c) => c.parentId === null && c !== last);
    for (const comment of [last, reply, top]) {
      if (!comment) throw new Error('the generated thread lacks a comment the test needs');
      const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
      await page.goto(`${crux.url}debates/${THREAD_ID}/comments/${comment.id}`);
      await expect.poll(() => linkedOnScreen(page, comment.id), { timeout: 15_000 }).toBe(true);
      // And it stays there once the page has settled.
      await page.waitForTimeout(1_000);
      expect(await linkedOnScreen(page, comment.id)).toBe(true);
      await page.close();
    }
  }, 120_000);
});
