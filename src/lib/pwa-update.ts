/**
 * The service worker (vite-plugin-pwa, `registerType: 'prompt'`) and its update notice. A new
 * version is installed in the background but only takes over when the user chooses to reload
 * (UpdateNotice), never in the middle of an assessment.
 */

export type PwaState = {
  /** A new version is installed and waiting. */
  needRefresh: boolean;
  /** The app is cached and works without a network. */
  offlineReady: boolean;
};

type RegisterOptions = {
  immediate?: boolean;
  onNeedRefresh?: () => void;
  onOfflineReady?: () => void;
  onRegisteredSW?: (swUrl: string, registration: ServiceWorkerRegistration | undefined) => void;
  onRegisterError?: (error: unknown) => void;
};
export type RegisterSW = (options: RegisterOptions) => (reloadPage?: boolean) => Promise<void>;

// Hash routing means a long workshop never navigates, so the browser's own update check (on
// navigation) would not run: ask for updates hourly.
const UPDATE_CHECK_MS = 60 * 60 * 1000;

export function createPwaUpdates(load: () => Promise<{ registerSW: RegisterSW }>) {
  let state: PwaState = { needRefresh: false, offlineReady: false };
  const listeners = new Set<() => void>();
  let update: ((reloadPage?: boolean) => Promise<void>) | null = null;
  let started: Promise<void> | null = null;

  const set = (patch: Partial<PwaState>) => {
    state = { ...state, ...patch };
    for (const listener of listeners) listener();
  };

  return {
    subscribe(listener: () => void): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    getState: (): PwaState => state,
    /** Register the service worker once. Failure only means no offline copy, so it is silent. */
    start(): Promise<void> {
      started ??= load().then(
        ({ registerSW }) => {
          update = registerSW({
            // Wait for the page's load event, so caching the whole app never competes with the
            // first page for bandwidth.
            immediate: false,
            onNeedRefresh: () => set({ needRefresh: true }),
            onOfflineReady: () => set({ offlineReady: true }),
            onRegisteredSW: (_url, registration) => {
              if (registration)
                setInterval(
                  () => void registration.update().catch(() => undefined),
                  UPDATE_CHECK_MS,
                );
            },
            onRegisterError: () => undefined,
          });
        },
        () => undefined,
      );
      return started;
    },
    /**
     * Switch to the waiting version, then reload into it (answers are already saved). The plugin
     * reloads by itself only when the page was opened under an older worker; a version that
     * arrives during the visit that installed the first worker needs this reload.
     */
    async apply(): Promise<void> {
      navigator.serviceWorker?.addEventListener(
        'controllerchange',
        () => window.location.reload(),
        { once: true },
      );
      await update?.(true);
    },
    /** Keep the current version for now; the notice comes back on the next visit. */
    dismiss(): void {
      set({ needRefresh: false });
    },
  };
}

export type PwaUpdates = ReturnType<typeof createPwaUpdates>;

/** The app's instance. The registration code is a lazy chunk, so it adds nothing to first load. */
export const pwaUpdates: PwaUpdates = createPwaUpdates(() => import('./pwa-register'));

/** Only a production build has a service worker (not the dev server, not jsdom tests). */
export function pwaSupported(): boolean {
  return import.meta.env.PROD && typeof navigator !== 'undefined' && 'serviceWorker' in navigator;
}
