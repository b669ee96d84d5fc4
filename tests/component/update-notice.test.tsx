import { act, cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { UpdateNotice } from '../../src/components/update-notice';
import { createPwaUpdates, type RegisterSW } from '../../src/lib/pwa-update';

/** A stand-in for vite-plugin-pwa's registerSW that lets the test play the service worker. */
function fakeServiceWorker() {
  const calls: { onNeedRefresh?: () => void; onOfflineReady?: () => void }[] = [];
  const updateSW = vi.fn(async () => undefined);
  const registerSW: RegisterSW = (options) => {
    calls.push(options);
    return updateSW;
  };
  const updates = createPwaUpdates(async () => ({ registerSW }));
  return { updates, updateSW, newVersion: () => act(() => calls[0]?.onNeedRefresh?.()), calls };
}

afterEach(cleanup);

describe('update notice', () => {
  it('shows nothing while there is no new version', async () => {
    const sw = fakeServiceWorker();
    render(<UpdateNotice updates={sw.updates} enabled />);
    await act(() => sw.updates.start());
    expect(sw.calls).toHaveLength(1);
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('registers the service worker only once', async () => {
    const sw = fakeServiceWorker();
    const { rerender } = render(<UpdateNotice updates={sw.updates} enabled />);
    rerender(<UpdateNotice updates={sw.updates} enabled />);
    await act(() => Promise.all([sw.updates.start(), sw.updates.start()]));
    expect(sw.calls).toHaveLength(1);
  });

  it('does not register a service worker where there is none (dev server, tests)', async () => {
    const sw = fakeServiceWorker();
    render(<UpdateNotice updates={sw.updates} enabled={false} />);
    await act(async () => undefined);
    expect(sw.calls).toHaveLength(0);
  });

  it('never swaps silently: the new version waits until the user chooses to update', async () => {
    const sw = fakeServiceWorker();
    render(<UpdateNotice updates={sw.updates} enabled />);
    await act(() => sw.updates.start());
    sw.newVersion();
    expect(screen.getByRole('status', { name: 'Update available' })).toHaveTextContent(
      'A new version of this tool is available.',
    );
    expect(sw.updateSW).not.toHaveBeenCalled();
    await userEvent.click(screen.getByRole('button', { name: 'Update now' }));
    expect(sw.updateSW).toHaveBeenCalledWith(true);
  });

  it('can be put off until later', async () => {
    const sw = fakeServiceWorker();
    render(<UpdateNotice updates={sw.updates} enabled />);
    await act(() => sw.updates.start());
    sw.newVersion();
    await userEvent.click(screen.getByRole('button', { name: 'Not now' }));
    expect(screen.queryByRole('status')).toBeNull();
    expect(sw.updateSW).not.toHaveBeenCalled();
  });

  it('keeps working when the service worker cannot be loaded', async () => {
    const updates = createPwaUpdates(() => Promise.reject(new Error('no service worker')));
    render(<UpdateNotice updates={updates} enabled />);
    await expect(updates.start()).resolves.toBeUndefined();
    expect(screen.queryByRole('status')).toBeNull();
  });
});
