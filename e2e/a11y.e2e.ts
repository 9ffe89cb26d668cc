// axe-core in real Chromium, where colour contrast can be measured (jsdom cannot): the list page,
// the debate page wide and narrow, the outline, and a selected claim. Serious and critical
// violations fail, printed rule by rule with the elements they hit.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { serveSeededCrux } from './harness';

const AXE_SOURCE = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);
const DEBATE = 'debates/social-productivity';

const env = serveSeededCrux();

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[]; failureSummary?: string }[];
}

/** Runs axe on the whole page; returns serious and critical violations as readable lines. */
async function seriousViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: AXE_SOURCE });
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: () => Promise<{ violations: unknown }> } }).axe;
    return (await axe.run()).violations;
  });
  return (violations as AxeViolation[])
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => {
      const where = v.nodes
        .slice(0, 5)
        .map((n) => `    ${n.target.join(' ')}: ${(n.failureSummary ?? '').replace(/\s+/g, ' ')}`)
        .join('\n');
      return `${v.impact} ${v.id}: ${v.help} (${v.nodes.length} elements)\n${where}`;
    });
}

interface AxNode {
  role?: { value?: unknown };
  name?: { value?: unknown };
  ignored?: boolean;
  properties?: { name: string; value: { value?: unknown } }[];
}

/** Every element of `role`: its name and selection as Chromium's own accessibility tree has them. */
async function namesOf(page: Page, role: string): Promise<{ name: string; selected: boolean }[]> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: AxNode[] };
    return nodes
      .filter((node) => !node.ignored && node.role?.value === role)
      .map((node) => ({
        name: String(node.name?.value ?? ''),
        selected: !!node.properties?.some((p) => p.name === 'selected' && p.value.value === true),
      }));
  } finally {
    await cdp.detach();
  }
}

const treeItemNames = (page: Page) => namesOf(page, 'treeitem');

/** Tab names that occur more than once on the page, ignoring case: a voice-control user saying
 * "click Map", or a screen reader's list of tabs, cannot tell such tabs apart. */
async function repeatedTabNames(page: Page): Promise<string[]> {
  const names = (await namesOf(page, 'tab')).map((tab) => tab.name.trim().toLowerCase());
  return [...new Set(names.filter((name, i) => names.indexOf(name) !== i))];
}

async function openPage(path: string, width = 1400): Promise<Page> {
  const page = await env.browser.newPage({ viewport: { width, height: 900 } });
  await page.goto(`${env.crux.url}${path}`);
  return page;
}

async function waitForDebate(page: Page) {
  await page.getByRole('article', { name: /Social Productivity/ }).waitFor();
}

async function showOutline(page: Page) {
  await page
    .getByRole('tablist', { name: 'Show the argument as' })
    .getByRole('tab', { name: 'Outline' })
    .click();
  await page
    .getByRole('tree', { name: 'Argument outline' })
    .getByRole('treeitem')
    .first()
    .waitFor();
}

describe('no serious or critical axe violations', () => {
  it('on the list of debates', async () => {
    const page = await openPage('');
    await page.getByRole('link', { name: /Social Productivity/ }).waitFor();
    expect((await seriousViolations(page)).join('\n')).toBe('');
    await page.close();
  });

  it('on the debate page, wide', async () => {
    const page = await openPage(DEBATE);
    await waitForDebate(page);
    expect((await seriousViolations(page)).join('\n')).toBe('');
    await page.close();
  });

  it('on the debate page at 600 px, both tabs', async () => {
    const page = await openPage(DEBATE, 600);
    await waitForDebate(page);
    expect((await seriousViolations(page)).join('\n')).toBe('');
    await page.getByRole('tablist', { name: 'Show' }).getByRole('tab', { name: 'Map' }).click();
    await page.getByRole('region', { name: 'Argument map' }).waitFor();
    expect((await seriousViolations(page)).join('\n')).toBe('');
    // The pane tabs (Thread | Map) and the map pane's own switch are all on screen now.
    expect((await namesOf(page, 'tab')).length).toBeGreaterThanOrEqual(4);
    expect(await repeatedTabNames(page)).toEqual([]);
    await page.close();
  });

  it('on the outline', async () => {
    const page = await openPage(DEBATE);
    await waitForDebate(page);
    await showOutline(page);
    expect((await seriousViolations(page)).join('\n')).toBe('');
    await page.close();
  });

  it('with a claim selected, in the map and in the outline', async () => {
    const page = await openPage(`${DEBATE}?claim=middle-classes`);
    await waitForDebate(page);
    await page.locator('mark[aria-pressed="true"]').first().waitFor();
    expect((await seriousViolations(page)).join('\n')).toBe('');
    await showOutline(page);
    // Treeitems are named from their content, not an aria-label: the name Chromium gives a
    // screen reader must start with the claim's words exactly as shown (WCAG 2.5.3).
    await expect
      .poll(async () => (await treeItemNames(page)).filter((item) => item.selected).length)
      .toBe(1);
    const items = await treeItemNames(page);
    expect(items.find((item) => item.selected)?.name).toMatch(
      /^The middle classes have the capacity to participate if they choose to\. /,
    );
    const shown = await page
      .locator('[role="treeitem"] .outline-row__text')
      .evaluateAll((spans) => spans.map((span) => span.firstChild?.textContent ?? ''));
    expect(shown.length).toBeGreaterThan(0);
    for (const words of shown) {
      expect(words).not.toBe('');
      expect(items.some((item) => item.name.startsWith(words))).toBe(true);
    }
    expect((await seriousViolations(page)).join('\n')).toBe('');
    await page.close();
  });
});
