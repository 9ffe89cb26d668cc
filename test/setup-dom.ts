// Component tests: jest-dom matchers, and a clean DOM after each test.
import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach, beforeAll } from 'vitest';
import { preloadLazyViews } from '../src/ui/lazy-view';
import { loadMarkdown } from '../src/ui/rich-cache';

// The page fetches its writing, moderating and Markdown views on first use (src/app/lazy-views.tsx,
// src/ui/rich-cache.ts). Tests start with them fetched, as a reader would after using them once,
// so each test walks through the views themselves (the test file's imports have made them by
// the time beforeAll runs); lazy-view.test.tsx and rich-cache.test.ts test fetching on first use.
beforeAll(() => Promise.all([preloadLazyViews(), loadMarkdown()]));

afterEach(() => {
  cleanup();
});
