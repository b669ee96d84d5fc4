import { useState } from 'react';
import { formatDateTime } from '../../domain/format';
import { href, paths } from '../../routes/paths';
import type { PageProps } from '../../routes/route-path';
import { NotificationBanner } from '../../components/notification-banner';
import { usePageTitle } from '../../components/use-page-title';
import { assessmentCsv } from '../../domain/csv';
import { ROLES } from '../../domain/options';
import { downloadText, fileSlug } from '../../lib/download';
import { markExported, useAssessment, useLibrary } from '../../store/library-store';
import { useQuestionnaire } from '../../store/questionnaire-store';

/** Export one assessment: the versioned JSON file (for backup, moving or a workshop) and its answers as CSV. */
export function ExportPage({ params }: PageProps<typeof paths.exportFiles>) {
  const id = params.id;
  const assessment = useAssessment(id);
  const lastExportedAt = useLibrary((s) => (id ? (s.meta[id]?.lastExportedAt ?? null) : null));
  const bank = useQuestionnaire();
  const [done, setDone] = useState<string | null>(null);
  usePageTitle(assessment ? `Export ${assessment.about.organisation}` : 'Assessment not found');

  if (!assessment || !id) {
    return (
      <>
        <h1 className="govuk-heading-l">Assessment not found</h1>
        <p className="govuk-body">
          There is no saved assessment with this address on this device. It may have been deleted,
          or saved in another browser.
        </p>
        <p className="govuk-body">
          <a className="govuk-link" href={href(paths.assessments())}>
            Go to saved assessments
          </a>
        </p>
      </>
    );
  }
  const base = `${fileSlug(assessment.about.organisation)}-${assessment.about.date}`;
  const jsonName = `${base}.json`;
  const csvName = `${base}-answers.csv`;

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <span className="govuk-caption-l">{assessment.about.organisation}</span>
        <h1 className="govuk-heading-l">Export this assessment</h1>
        {done ? (
          <NotificationBanner success title="Success" heading={`${done} downloaded`}>
            <p className="govuk-body">
              Check your downloads folder. Keep the file somewhere your organisation backs up.
            </p>
          </NotificationBanner>
        ) : null}
        <dl className="govuk-summary-list">
          <div className="govuk-summary-list__row">
            <dt className="govuk-summary-list__key">Organisation</dt>
            <dd className="govuk-summary-list__value">{assessment.about.organisation}</dd>
          </div>
          <div className="govuk-summary-list__row">
            <dt className="govuk-summary-list__key">Respondent</dt>
            <dd className="govuk-summary-list__value">{ROLES[assessment.about.role]}</dd>
          </div>
          <div className="govuk-summary-list__row">
            <dt className="govuk-summary-list__key">Last exported from this device</dt>
            <dd className="govuk-summary-list__value">
              {lastExportedAt ? formatDateTime(lastExportedAt) : 'Never'}
            </dd>
          </div>
        </dl>

        <h2 className="govuk-heading-m">The assessment file</h2>
        <p className="govuk-body">
          A complete copy of this assessment: answers, notes, evidence, targets and action plan. Use
          it to keep a backup, to carry on in another browser, or to send to a facilitator for a
          learning-network workshop. Anyone with the file can read it, so handle it according to its
          marking ({assessment.about.marking === 'none' ? 'no marking' : assessment.about.marking}).
        </p>
        <p className="govuk-body">
          The file is JSON, version {assessment.formatVersion} of the “readiness-assessment” format.
          Its JSON Schema, assessment.schema.json, is published beside the question bank, for anyone
          who wants to read the file with other software.
        </p>
        <button
          type="button"
          className="govuk-button"
          data-module="govuk-button"
          onClick={async () => {
            // Loaded on the click: the file module brings the validator, which this page does not otherwise need.
            const { serialiseAssessment } = await import('../../domain/assessment-file');
            downloadText(jsonName, serialiseAssessment(assessment));
            markExported(assessment.id);
            setDone(jsonName);
          }}
        >
          Download the assessment file (JSON)
        </button>

        <h2 className="govuk-heading-m">Answers as a spreadsheet</h2>
        <p className="govuk-body">
          One row per question of the {bank.title} (
          {bank.themes.reduce((n, t) => n + t.questions.length, 0)} questions): theme, question,
          level, “Don’t know” or “Not applicable” with its reason, notes and evidence. Opens in
          Excel, LibreOffice or Google Sheets. This file cannot be imported back; keep the JSON file
          for that.
        </p>
        <button
          type="button"
          className="govuk-button govuk-button--secondary"
          data-module="govuk-button"
          onClick={() => {
            // The byte-order mark tells Excel the file is UTF-8 (it guesses otherwise).
            downloadText(csvName, `\uFEFF${assessmentCsv(bank, assessment)}`, 'text/csv');
            setDone(csvName);
          }}
        >
          Download the answers (CSV)
        </button>
      </div>
    </div>
  );
}
