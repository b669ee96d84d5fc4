import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { StorageStatus } from '../../src/app/storage-status';
import type * as DownloadModule from '../../src/lib/download';
import { library } from '../../src/store/library-store';
import { makeAssessment, renderAt, useFixtureBank } from './journey-helpers';

const download = vi.hoisted(() => ({ text: vi.fn() }));
vi.mock('../../src/lib/download', async (original) => ({
  ...(await original<typeof DownloadModule>()),
  downloadText: download.text,
}));

beforeEach(async () => {
  useFixtureBank();
  await library.init();
  library.addAssessments([makeAssessment()]);
  await library.flush();
});

afterEach(() => {
  act(() =>
    library.useStore.setState({
      save: { state: 'saved', message: null, since: null },
      unsaved: [],
      problems: [],
      elsewhere: [],
    }),
  );
  download.text.mockClear();
});

describe('storage status above every page', () => {
  it('announces unsaved changes as an alert with a download of the data', async () => {
    const user = userEvent.setup();
    renderAt(<StorageStatus />, '/');
    act(() =>
      library.useStore.setState({
        save: { state: 'failed', message: 'The disk is full.', since: '2026-11-22T10:00:00Z' },
        unsaved: ['a1'],
      }),
    );
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('Not saved: your changes are not being saved on this device');
    expect(alert).toHaveTextContent('The disk is full.');
    await user.click(within(alert).getByRole('button', { name: 'Download your data' }));
    await vi.waitFor(() => expect(download.text).toHaveBeenCalledTimes(1));
    const [name, text] = download.text.mock.calls[0]!;
    expect(name).toBe('westshire-county-council-2026-11-01.json');
    expect(JSON.parse(text as string)).toMatchObject({
      id: 'a1',
      about: { organisation: 'Westshire County Council' },
    });
  });

  it('offers unreadable data for download and discards it only after a confirmation', async () => {
    const user = userEvent.setup();
    renderAt(<StorageStatus />, '/');
    act(() =>
      library.useStore.setState({
        problems: [
          {
            key: 'assessment:bad',
            kind: 'corrupt',
            message: 'the saved record is not an object',
            raw: 'garbage',
          },
        ],
      }),
    );
    const region = screen.getByRole('region', { name: 'Saved data that could not be opened' });
    await user.click(within(region).getByRole('button', { name: /Download the saved data/ }));
    expect(download.text).toHaveBeenCalledWith('unreadable-saved-data-1.json', '"garbage"\n');
    await user.click(within(region).getByRole('button', { name: /Discard it and start afresh/ }));
    await user.click(within(region).getByRole('button', { name: 'No, keep it' }));
    expect(library.useStore.getState().problems).toHaveLength(1);
    await user.click(within(region).getByRole('button', { name: /Discard it and start afresh/ }));
    await user.click(within(region).getByRole('button', { name: 'Yes, discard it' }));
    await vi.waitFor(() => expect(library.useStore.getState().problems).toEqual([]));
    expect(
      screen.queryByRole('region', { name: 'Saved data that could not be opened' }),
    ).not.toBeInTheDocument();
  });

  it('says when another tab changed an assessment, until dismissed', async () => {
    const user = userEvent.setup();
    renderAt(<StorageStatus />, '/');
    act(() =>
      library.useStore.setState({
        elsewhere: [{ id: 'a1', organisation: 'Westshire County Council', kind: 'updated' }],
      }),
    );
    expect(screen.getByRole('status')).toHaveTextContent(
      'Westshire County Council was updated in another tab or window.',
    );
    await user.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
  });
});
