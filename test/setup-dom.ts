// Component tests: jest-dom matchers, and a clean DOM after each test.
import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach, beforeAll } from 'vitest';
import { preloadLazyViews } from '../src/app/lazy-views';
import { loadMarkdown } from '../src/ui/rich-cache';

// The page fetches its writing, moderating and Markdown views on first use (src/app/lazy-views.tsx,
// src/ui/rich-cache.ts). Tests start with them fetched, as a reader would after using them once,
// so each test walks through the views themselves; lazy-views.test.tsx and rich-comment.test.tsx
// test the fetching on first use.
beforeAll(() => Promise.all([preloadLazyViews(), loadMarkdown()]));

afterEach(() => {
  cleanup();
});
