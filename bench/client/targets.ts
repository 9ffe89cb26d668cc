// How the scenario finds things on each page.
import type { Target } from './scenario';

export function cruxTarget(baseUrl: string, debateId: string): Target {
  const map = (page: Parameters<Target['ready']>[0]) =>
    page.getByRole('region', { name: /argument map/i });
  return {
    name: 'crux',
    url: `${baseUrl}debates/${debateId}`,
    ready: async (page) => {
      await map(page).waitFor();
      await page.waitForTimeout(1_000);
    },
    mapSurface: map,
    fitAll: (page) =>
      map(page)
        .getByRole('button', { name: /fit (all|to width)/i })
        .first()
        .click(),
    claimElements: (page) => map(page).locator('button[aria-pressed]:visible'),
    selectedClaimSelector: 'section.map button[aria-pressed="true"]',
    thread: (page) => page.locator('.discussion'),
  };
}

export function baselineTarget(baseUrl: string, debateId: string): Target {
  return {
    name: 'baseline',
    url: `${baseUrl}?debate=${encodeURIComponent(debateId)}`,
    ready: async (page) => {
      await page.locator('.react-flow__node').first().waitFor({ timeout: 120_000 });
      await page.waitForTimeout(1_000);
    },
    mapSurface: (page) => page.locator('.react-flow__pane'),
    fitAll: (page) => page.locator('.react-flow__controls-fitview').click(),
    claimElements: (page) => page.locator('.react-flow__node:visible'),
    selectedClaimSelector: '.react-flow__node.selected',
  };
}
