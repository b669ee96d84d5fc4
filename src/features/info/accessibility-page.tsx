import { href, paths } from '../../routes/paths';
import { usePageTitle } from '../../components/use-page-title';

export function AccessibilityPage() {
  usePageTitle('Accessibility statement');
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">Accessibility statement for Big Society Readiness</h1>
        <p className="govuk-body">
          This statement applies to the Big Society Readiness self-assessment tool. The tool is run
          by the council or organisation that published it to you; it runs entirely in your web
          browser.
        </p>
        <p className="govuk-body">
          We want as many people as possible to be able to use this tool. For example, that means
          you should be able to:
        </p>
        <ul className="govuk-list govuk-list--bullet">
          <li>change colours, contrast levels and fonts using your browser or device settings</li>
          <li>zoom in up to 400% without the text spilling off the screen</li>
          <li>complete the whole assessment using just a keyboard</li>
          <li>
            use the tool with a screen reader (including recent versions of JAWS, NVDA and
            VoiceOver)
          </li>
          <li>read every chart as a table or as text</li>
        </ul>
        <p className="govuk-body">
          The pages use the GOV.UK Design System’s patterns and styles, which are tested for
          accessibility by the team that makes them.
        </p>

        <h2 className="govuk-heading-m">How accessible this tool is</h2>
        <p className="govuk-body">We know some parts of this tool are not fully accessible:</p>
        <ul className="govuk-list govuk-list--bullet">
          <li>
            The PDF report cannot be tagged for screen readers, because the library that makes it in
            your browser (jsPDF) does not produce tagged PDFs. The{' '}
            <strong>report web page is the accessible version of the report</strong>: it has the
            same content, with headings, tables and text descriptions of the charts. You can also
            download the report as a Word document, which keeps its headings (Word heading styles),
            a table of contents, table header rows, the document’s language and title, and the chart
            as a table: saving it as PDF from Word gives a tagged, accessible PDF to publish.
          </li>
          <li>
            Charts are pictures. Each chart has a table or a text description beside it with the
            same information.
          </li>
        </ul>

        <h2 className="govuk-heading-m">Feedback and contact information</h2>
        <p className="govuk-body">
          If you find a problem with the accessibility of this tool, or you need information from it
          in a different format, contact the digital team of the council or organisation that gave
          you this tool. Tell them the web address of the page, what you were trying to do, and what
          went wrong. This tool does not send anything to anyone by itself, so we cannot see your
          problem unless you tell us.
        </p>

        <h2 className="govuk-heading-m">Enforcement procedure</h2>
        <p className="govuk-body">
          The Equality and Human Rights Commission (EHRC) is responsible for enforcing the Public
          Sector Bodies (Websites and Mobile Applications) (No. 2) Accessibility Regulations 2018
          (the ‘accessibility regulations’). If you are not happy with how your council responds to
          your complaint, contact the Equality Advisory and Support Service (EASS); in Northern
          Ireland, contact the Equality Commission for Northern Ireland.
        </p>

        <h2 className="govuk-heading-m">Technical information about this tool’s accessibility</h2>
        <p className="govuk-body">
          Councils are public sector bodies, so this tool is meant to meet the Public Sector Bodies
          (Websites and Mobile Applications) (No. 2) Accessibility Regulations 2018.
        </p>
        <h3 className="govuk-heading-s">Compliance status</h3>
        <p className="govuk-body">
          This tool is partially compliant with the{' '}
          <a
            className="govuk-link"
            href="https://www.w3.org/TR/WCAG22/"
            rel="noreferrer noopener"
            target="_blank"
          >
            Web Content Accessibility Guidelines version 2.2 (opens in new tab)
          </a>{' '}
          AA standard, because of the non-accessible content listed below.
        </p>

        <h2 className="govuk-heading-m">Non-accessible content</h2>
        <h3 className="govuk-heading-s">Non-compliance with the accessibility regulations</h3>
        <p className="govuk-body">
          The PDF report is not tagged, so screen readers cannot read its structure. This fails WCAG
          2.2 success criterion 1.3.1 (Info and relationships). Use the report web page or the Word
          document instead: they hold the same content.
        </p>

        <h2 className="govuk-heading-m">How we tested this tool</h2>
        <p className="govuk-body">
          Every page of the assessment journey, including its error messages, is checked
          automatically with axe against WCAG 2.2 A and AA whenever the tool is changed, and the
          whole journey from the start page to checking your answers is tested using only a
          keyboard.
        </p>

        <h2 className="govuk-heading-m">What we’re doing to improve accessibility</h2>
        <p className="govuk-body">
          We test each new version before it is released. See also{' '}
          <a className="govuk-link" href={href(paths.privacy())}>
            where your data is kept
          </a>
          .
        </p>
        <p className="govuk-body">This statement was prepared on 22 November 2026.</p>
      </div>
    </div>
  );
}
