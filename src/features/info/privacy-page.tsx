import { Cell, Row, Table } from '../../components/table';
import { href, paths } from '../../routes/paths';
import { formatDateTime } from '../../domain/format';
import { usePageTitle } from '../../components/use-page-title';
import { useLibrary } from '../../store/library-store';

export function PrivacyPage() {
  usePageTitle('Privacy and where your data is kept');
  const persistence = useLibrary((s) => s.persistence);
  const assessments = useLibrary((s) => s.assessments);
  const meta = useLibrary((s) => s.meta);
  const list = Object.values(assessments);
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">Privacy and where your data is kept</h1>
        <h2 className="govuk-heading-m">Your answers stay on this device</h2>
        <p className="govuk-body">
          This tool runs entirely in your web browser. Everything you enter, including the name of
          your organisation, your answers, notes, evidence and action plan, is kept in this
          browser’s own storage (IndexedDB) on this device. Nothing is sent to a server, to the
          council that published the tool, or to anyone else. The tool makes no requests to other
          websites, uses no cookies and no analytics.
        </p>
        <p className="govuk-body">
          Anyone who uses this browser on this device, with your account, can open your saved
          assessments. On a shared computer, delete them when you have finished, after exporting a
          file.
        </p>

        <h2 className="govuk-heading-m">How long it is kept</h2>
        <p className="govuk-body">
          Until you delete it, or until the browser’s data is cleared. A private or incognito window
          deletes it when the window is closed. Some browsers clear stored data when a device runs
          short of space, unless they have agreed to keep it.
        </p>
        <p className="govuk-body" id="persistence-status">
          {persistence === 'persisted'
            ? 'This browser has agreed to keep this tool’s data until you delete it (persistent storage is on).'
            : persistence === 'best-effort'
              ? 'This browser has not yet agreed to keep this tool’s data for good. It may clear it if the device runs short of space.'
              : persistence === 'unsupported'
                ? 'This browser cannot promise to keep this tool’s data.'
                : 'Checking whether this browser will keep this tool’s data…'}
        </p>

        <h2 className="govuk-heading-m">Keeping a copy</h2>
        <p className="govuk-body">
          Export each assessment as a file and keep it somewhere safe, such as your council’s
          document store. The file can be imported again into this tool, on this or another device,
          and shared with a facilitator if you choose.
        </p>
        {list.length > 0 ? (
          <Table
            caption="When each saved assessment was last exported"
            columns={['Assessment', 'Last exported']}
          >
            {list.map((a) => (
              <Row key={a.id}>
                <Cell>
                  {a.about.organisation} ({a.about.date})
                </Cell>
                <Cell>
                  {meta[a.id]?.lastExportedAt
                    ? formatDateTime(meta[a.id]!.lastExportedAt!)
                    : 'Never'}
                </Cell>
              </Row>
            ))}
          </Table>
        ) : null}
        <p className="govuk-body">
          <a className="govuk-link" href={href(paths.assessments())}>
            Go to your saved assessments to export or delete them
          </a>
        </p>

        <h2 className="govuk-heading-m">Protective marking</h2>
        <p className="govuk-body">
          You can mark an assessment OFFICIAL or OFFICIAL-SENSITIVE. The marking is printed on the
          report and kept in the file. Handle exported files and printed reports as your council’s
          policy for that marking requires.
        </p>
      </div>
    </div>
  );
}
