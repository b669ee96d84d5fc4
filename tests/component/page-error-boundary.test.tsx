import { lazy, Suspense } from 'react';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PageErrorBoundary } from '../../src/app/page-error-boundary';
import type * as DownloadModule from '../../src/lib/download';
import { library } from '../../src/store/library-store';
import { makeAssessment, renderAt, useFixtureBank } from './journey-helpers';

const download = vi.hoisted(() => ({ text: vi.fn() }));
vi.mock('../../src/lib/download', async (original) => ({
  ...(await original<typeof DownloadModule>()),
  downloadText: download.text,
}));

function Broken(): never {
  throw new TypeError("Cannot read properties of undefined (reading 'label')");
}

beforeEach(async () => {
  useFixtureBank();
  await library.init();
  library.addAssessments([makeAssessment()]);
  await library.flush();
  // React reports caught errors on the console; the boundary's own words are what is tested.
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});

afterEach(() => {
  download.text.mockClear();
  vi.restoreAllMocks();
});

describe('a page that fails', () => {
  it('shows plain words and a working download of the assessment, not a blank page', async () => {
    const user = userEvent.setup();
    renderAt(
      <PageErrorBoundary assessmentId="a1">
        <Broken />
      </PageErrorBoundary>,
      '/a/a1/results',
    );
    expect(
      screen.getByRole('heading', { level: 1, name: 'Sorry, there is a problem with this page' }),
    ).toBeInTheDocument();
    expect(screen.getByText(/have not been changed by this/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Download this assessment' }));
    await vi.waitFor(() => expect(download.text).toHaveBeenCalledTimes(1));
    const [name, text] = download.text.mock.calls[0]!;
    expect(name).toBe('westshire-county-council-2026-11-01.json');
    expect(JSON.parse(text as string)).toMatchObject({ id: 'a1', format: 'readiness-assessment' });

    await user.click(screen.getByRole('button', { name: 'Download all your data' }));
    const [allName, all] = download.text.mock.calls[1]!;
    expect(allName).toBe('big-society-readiness-all-data.json');
    expect(JSON.parse(all as string)).toMatchObject({ assessments: [{ id: 'a1' }], workshops: [] });
  });

  it('says so when a page’s code cannot be loaded', async () => {
    const Missing = lazy(() =>
      Promise.reject(new TypeError('Failed to fetch dynamically imported module: /assets/x.js')),
    );
    renderAt(
      <PageErrorBoundary>
        <Suspense fallback={<p>Loading…</p>}>
          <Missing />
        </Suspense>
      </PageErrorBoundary>,
      '/',
    );
    expect(await screen.findByText(/Part of the tool could not be loaded/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Download this assessment' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Download all your data' })).toBeInTheDocument();
  });

  it('tries the page again at another address', () => {
    const view = render(
      <PageErrorBoundary resetKey="/a">
        <Broken />
      </PageErrorBoundary>,
    );
    expect(screen.getByTestId('page-error')).toBeInTheDocument();
    view.rerender(
      <PageErrorBoundary resetKey="/b">
        <p>Working page</p>
      </PageErrorBoundary>,
    );
    expect(screen.getByText('Working page')).toBeInTheDocument();
  });
});
