import { expect, test, type Worker } from '@playwright/test';

// Issue 10: a same-origin worker is not covered by the page's CSP meta tag. The import worker is
// started from a blob: URL so that it inherits the page's policy even on a host that sends no
// headers; this test strips the headers `vite preview` sends (as such a host would) and checks
// from inside the app's own worker that eval and a request to another host are both refused.
// It does not use the guard: the refusals it provokes are reported on the console on purpose.

test('the import worker refuses eval and requests to other hosts, even without CSP headers', async ({
  page,
}) => {
  await page.route('**/*', async (route) => {
    const response = await route.fetch();
    const headers = { ...response.headers() };
    delete headers['content-security-policy'];
    await route.fulfill({ response, headers });
  });
  const offHost: string[] = [];
  page.on('request', (r) => {
    if (!r.url().startsWith('http://127.0.0.1') && !r.url().startsWith('blob:'))
      offHost.push(r.url());
  });
  const started = page.waitForEvent('worker');
  await page.goto('./#/import');
  await expect(page.locator('h1')).toBeVisible();
  const worker: Worker = await started;
  // Wait for the real script (imported by the blob) to have run in the worker.
  await expect.poll(() => worker.evaluate(() => typeof self.onmessage)).toBe('function');

  // Code evaluated through the DevTools protocol may call eval itself, so the test asks the
  // worker to run a string through setTimeout, which the policy refuses like eval.
  const evalResult = await worker.evaluate(async () => {
    const scope = self as unknown as { ran?: boolean };
    const violations: string[] = [];
    self.addEventListener('securitypolicyviolation', (e) => violations.push(e.violatedDirective));
    (setTimeout as unknown as (code: string) => void)('self.ran = true');
    await new Promise((r) => setTimeout(r, 100));
    return scope.ran ? 'ran' : violations.join(',');
  });
  expect(evalResult).toMatch(/^script-src/);

  const fetchResult = await worker.evaluate(async () => {
    const violations: string[] = [];
    self.addEventListener('securitypolicyviolation', (e) => violations.push(e.violatedDirective));
    try {
      await fetch('http://example.invalid/leak');
      return 'sent';
    } catch {
      await new Promise((r) => setTimeout(r, 50));
      return violations.join(',') || 'failed without a policy';
    }
  });
  expect(fetchResult).toBe('connect-src');
  expect(offHost).toEqual([]);
});

test('vite preview sends the security headers with every file, workers included', async ({
  request,
}) => {
  const html = await request.get('./');
  const csp = html.headers()['content-security-policy'] ?? '';
  expect(csp).toContain("default-src 'self'");
  expect(csp).toContain("frame-ancestors 'none'");
  expect(html.headers()['x-content-type-options']).toBe('nosniff');
  const sw = await request.get('./sw.js');
  expect(sw.headers()['content-security-policy']).toBe(csp);
});
