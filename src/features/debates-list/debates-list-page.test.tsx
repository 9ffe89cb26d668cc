import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { expectNoSeriousAxeViolations, renderApp, setupMockApi } from '../../../test/render-app';
import { seedDebate } from '../../seed/seed-debate';

setupMockApi([seedDebate]);

describe('the debates list', () => {
  it('lists the seed debate with its byline and counts, linking to its page', async () => {
    renderApp({ path: '/' });
    expect(screen.getByRole('status')).toHaveTextContent(/loading debates/i);

    const link = await screen.findByRole('link', {
      name: 'Social Productivity: Big Society 2.0 or same BS?',
    });
    expect(link).toHaveAttribute('href', '/debates/social-productivity');
    const item = link.closest('li') as HTMLElement;
    expect(within(item).getByText('Author not named')).toBeInTheDocument();
    expect(within(item).getByText('2 comments')).toBeInTheDocument();
    expect(within(item).getByText(`${seedDebate.claims.length} claims`)).toBeInTheDocument();
  });

  it('opens the debate when its link is followed', async () => {
    const { user } = renderApp({ path: '/' });
    await user.click(await screen.findByRole('link', { name: /social productivity/i }));
    expect(window.location.pathname).toBe('/debates/social-productivity');
    expect(
      await screen.findByRole('heading', { level: 1, name: /social productivity/i }),
    ).toBeInTheDocument();
  });

  it('is axe-clean', async () => {
    const { container } = renderApp({ path: '/' });
    await screen.findByRole('link', { name: /social productivity/i });
    await expectNoSeriousAxeViolations(container);
  });
});
