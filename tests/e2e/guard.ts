import { test as base, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

/**
 * Every e2e test runs under this guard: it fails on any request to a host other than 127.0.0.1,
 * on any console error or uncaught page error, and on any Content-Security-Policy violation.
 */
// eslint-disable-next-line @typescript-eslint/no-invalid-void-type -- Playwright's type for a fixture that provides no value
export const test = base.extend<{ guard: void }>({
  guard: [
    async ({ context, page }, use) => {
      const problems: string[] = [];
      await context.route('**/*', (route) => {
        const url = new URL(route.request().url());
        if (url.protocol === 'data:' || url.protocol === 'blob:' || url.hostname === '127.0.0.1')
          return route.continue();
        problems.push(`request to another host: ${url.href}`);
        return route.abort();
      });
      const watch = (p: Page) => {
        p.on('console', (m) => {
          if (m.type() === 'error') problems.push(`console error: ${m.text()}`);
        });
        p.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
      };
      watch(page);
      context.on('page', watch);
      await context.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (e) => {
          console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`);
        });
      });
      await use();
      expect(problems, 'guard: off-host requests, console errors, CSP violations').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** Run axe on the page as it is now and fail with the list of violations. */
export async function expectNoAxeViolations(page: Page, label: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  const summary = results.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
  );
  expect(summary, `axe violations on ${label}`).toEqual([]);
}
