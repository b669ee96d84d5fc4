import { Component, useEffect, type ErrorInfo, type ReactNode } from 'react';
import { downloadAssessment, downloadRaw } from '../components/download-assessment';
import { pageTitle } from '../components/use-page-title';
import { markExported, useLibrary } from '../store/library-store';
import { useLoadedWorkshopStore } from '../store/workshop-registry';
import { href, paths } from '../routes/paths';

type Props = {
  children: ReactNode;
  /** The assessment the page is about, if any: offered first, as a file the tool can import. */
  assessmentId?: string | undefined;
  /** The address: when it changes, a failed page is tried again. */
  resetKey?: string;
};

/** A lazy page whose chunk could not be fetched (offline after an update, a flaky connection). */
const isChunkFailure = (error: unknown) =>
  error instanceof Error &&
  /dynamically imported module|module script failed|Loading chunk|Failed to fetch/i.test(
    error.message,
  );

/**
 * Around each page (and its lazy chunk): a page that throws while rendering, or whose code cannot
 * be loaded, shows what happened in plain words and the user's data as a download, inside the
 * layout, so the "not saved" alert stays. Never a blank page.
 */
export class PageErrorBoundary extends Component<Props, { error: unknown }> {
  override state: { error: unknown } = { error: null };

  static getDerivedStateFromError(error: unknown) {
    return { error: error ?? new Error('unknown error') };
  }

  override componentDidUpdate(previous: Props) {
    if (previous.resetKey !== this.props.resetKey && this.state.error !== null)
      this.setState({ error: null });
  }

  override componentDidCatch(error: unknown, info: ErrorInfo) {
    // Kept for whoever opens the developer tools; the page itself says what to do.
    console.warn('A page failed to render', error, info.componentStack);
  }

  override render() {
    if (this.state.error === null) return this.props.children;
    return <PageError error={this.state.error} assessmentId={this.props.assessmentId} />;
  }
}

function PageError({ error, assessmentId }: { error: unknown; assessmentId?: string | undefined }) {
  const assessments = useLibrary((s) => s.assessments);
  // Workshops are in memory only once a workshop page has loaded their store.
  const workshopStore = useLoadedWorkshopStore((s) => s.store);
  const chunk = isChunkFailure(error);
  useEffect(() => {
    document.title = pageTitle('Sorry, there is a problem with this page');
  }, []);
  const current = assessmentId ? assessments[assessmentId] : undefined;
  const everything = () => ({
    note: 'Everything this tool holds in this browser, downloaded after a page failed to show.',
    assessments: Object.values(assessments),
    workshops: Object.values(workshopStore?.engine.useStore.getState().workshops ?? {}),
  });
  return (
    <div data-testid="page-error">
      <h1 className="govuk-heading-l">Sorry, there is a problem with this page</h1>
      <p className="govuk-body">
        {chunk
          ? 'Part of the tool could not be loaded, so this page cannot be shown. Check your connection and reload the page.'
          : 'Something went wrong while showing this page.'}{' '}
        Your saved assessments and workshops have not been changed by this.
      </p>
      <p className="govuk-body">To be safe, you can download your data now.</p>
      <div className="govuk-button-group">
        {current ? (
          <button
            type="button"
            className="govuk-button"
            onClick={() => void downloadAssessment(current).then(() => markExported(current.id))}
          >
            Download this assessment
          </button>
        ) : null}
        <button
          type="button"
          className={`govuk-button${current ? ' govuk-button--secondary' : ''}`}
          onClick={() => downloadRaw('big-society-readiness-all-data.json', everything())}
        >
          Download all your data
        </button>
        <button
          type="button"
          className="govuk-button govuk-button--secondary"
          onClick={() => window.location.reload()}
        >
          Reload the page
        </button>
      </div>
      <p className="govuk-body">
        <a className="govuk-link" href={href(paths.start())}>
          Go to the start page
        </a>
      </p>
      <details className="govuk-details">
        <summary className="govuk-details__summary">
          <span className="govuk-details__summary-text">
            What went wrong, for a technical person
          </span>
        </summary>
        <div className="govuk-details__text">
          {error instanceof Error ? `${error.name}: ${error.message}` : String(error)}
        </div>
      </details>
    </div>
  );
}
