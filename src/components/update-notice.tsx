import { useEffect, useState, useSyncExternalStore } from 'react';
import { pwaSupported, pwaUpdates, type PwaUpdates } from '../lib/pwa-update';
import { NotificationBanner } from './notification-banner';

/**
 * Registers the service worker (offline use) and, when a new version of the tool has been
 * downloaded, says so and lets the user choose when to switch. Render it once, in the layout,
 * above the page content.
 */
export function UpdateNotice({
  updates = pwaUpdates,
  enabled = pwaSupported(),
}: {
  updates?: PwaUpdates;
  enabled?: boolean;
}) {
  const state = useSyncExternalStore(updates.subscribe, updates.getState, updates.getState);
  const [updating, setUpdating] = useState(false);

  useEffect(() => {
    if (enabled) void updates.start();
  }, [enabled, updates]);

  if (!state.needRefresh) return null;
  return (
    <NotificationBanner
      title="Update available"
      heading="A new version of this tool is available."
      live
    >
      <p className="govuk-body">
        Your answers are saved on this device. Update now to use the new version (the page reloads),
        or carry on and update later.
      </p>
      <div className="govuk-button-group">
        <button
          type="button"
          className="govuk-button"
          disabled={updating}
          aria-disabled={updating}
          onClick={() => {
            setUpdating(true);
            void updates.apply();
          }}
        >
          Update now
        </button>
        <button
          type="button"
          className="govuk-button govuk-button--secondary"
          onClick={() => updates.dismiss()}
        >
          Not now
        </button>
      </div>
    </NotificationBanner>
  );
}
