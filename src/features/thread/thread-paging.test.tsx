// The thread at scale, with layout: jsdom lays nothing out, so the discussion's height and each
// row's height are given here (what Chromium would measure), and the real virtual list runs on
// them. Guards the defect where every page was fetched and every row drawn while the reader did
// nothing: only on-screen rows may be drawn, and the next page loads only near the end.
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderApp, setupMockApi } from '../../../test/render-app';
import type { Comment, Debate } from '../../domain/model';

const VIEWPORT = 800;
const ROW = 200;

function longDebate(): Debate {
  const comments: Comment[] = Array.from({ length: 160 }, (_, i) => ({
    id: `c${i}`,
    parentId: null,
    author: `Author ${i}`,
    createdAt: null,
    body: `Comment number ${i}.`,
    visibility: 'visible',
    order: i,
  }));
  return {
    id: 'long',
    post: {
      title: 'A long thread',
      author: null,
      publishedAt: null,
      sourceUrl: null,
      paragraphs: ['Nothing to see.'],
    },
    comments,
    claims: [{ id: 'nothing', text: 'Nothing to see.' }],
    relations: [],
    anchors: [],
  };
}

const server = setupMockApi([longDebate()]);
const pageRequests: string[] = [];
server.events.on('request:start', ({ request }) => {
  if (new URL(request.url).pathname.endsWith('/comments')) pageRequests.push(request.url);
});

/** Gives the discussion a viewport and every thread row a height, as a browser would. */
function stubLayout() {
  const proto = HTMLElement.prototype;
  const saved = ['clientHeight', 'offsetHeight'].map(
    (name) => [name, Object.getOwnPropertyDescriptor(proto, name)] as const,
  );
  Object.defineProperty(proto, 'clientHeight', {
    configurable: true,
    get(this: HTMLElement) {
      return this.classList.contains('discussion') ? VIEWPORT : 0;
    },
  });
  Object.defineProperty(proto, 'offsetHeight', {
    configurable: true,
    get(this: HTMLElement) {
      return this.classList.contains('comment') ? ROW : 0;
    },
  });
  return () => {
    for (const [name, descriptor] of saved) {
      if (descriptor) Object.defineProperty(proto, name, descriptor);
    }
  };
}

let restore: () => void = () => {};
beforeAll(() => {
  restore = stubLayout();
});
afterAll(() => restore());

/** 4 rows fill the viewport, 1 more when it cuts one, and the list's overscan of 4 each side. */
const MAX_DRAWN = 13;
const drawnRows = () => document.querySelectorAll('.thread__list > li').length;
const settle = () => new Promise((resolve) => setTimeout(resolve, 300));

describe('a long thread in a measured viewport', () => {
  it('draws only the rows on screen, fetches nothing while idle, and pages near the end', async () => {
    pageRequests.length = 0;
    renderApp({ path: '/debates/long' });
    await screen.findByRole('article', { name: 'Comment 1 by Author 0' });
    await settle();
    expect(pageRequests).toHaveLength(1);
    // Never the whole page of 50 that is loaded.
    expect(drawnRows()).toBeGreaterThanOrEqual(4);
    expect(drawnRows()).toBeLessThanOrEqual(MAX_DRAWN);

    const discussion = document.querySelector('.discussion') as HTMLElement;
    // Halfway down the first page: still nothing to fetch.
    discussion.scrollTop = 25 * ROW;
    fireEvent.scroll(discussion);
    await settle();
    expect(pageRequests).toHaveLength(1);
    expect(drawnRows()).toBeLessThanOrEqual(MAX_DRAWN);

    // At the end of what is loaded: the next page, once.
    discussion.scrollTop = 50 * ROW - VIEWPORT;
    fireEvent.scroll(discussion);
    await waitFor(() => expect(pageRequests).toHaveLength(2));
    await settle();
    expect(pageRequests).toHaveLength(2);
    expect(drawnRows()).toBeLessThanOrEqual(MAX_DRAWN);
  });
});
