import { href, paths } from '../../routes/paths';
import { useLibrary } from '../../store/library-store';

/** Where the data lives, and whether the browser has promised to keep it. */
export function StorageFacts() {
  const persistence = useLibrary((s) => s.persistence);
  return (
    <div className="govuk-inset-text">
      <p className="govuk-body">
        These assessments are kept only in this browser on this device, not on a server. Export a
        file of each one you want to keep for the record: clearing your browser’s data removes them.
      </p>
      <p className="govuk-body govuk-!-margin-bottom-0">
        {persistence === 'persisted'
          ? 'This browser has agreed to keep this data until you delete it (persistent storage is on).'
          : persistence === 'best-effort'
            ? 'This browser has not promised to keep this data: it may clear it if the device runs short of space. Export files to be safe.'
            : persistence === 'unsupported'
              ? 'This browser cannot promise to keep this data. Export files to be safe.'
              : 'Checking whether this browser will keep this data…'}{' '}
        <a className="govuk-link" href={href(paths.privacy())}>
          More about where your data is kept
        </a>
      </p>
    </div>
  );
}
