/**
 * How many of the theme's questions are answered, kept in view at the top of the screen while the
 * officer scrolls through the questions (a sticky bar), with a bar that fills as they go.
 */
export function ThemeProgress({ answered, total }: { answered: number; total: number }) {
  const share = total === 0 ? 0 : answered / total;
  return (
    <div className="app-theme-progress">
      <p
        className="govuk-body govuk-!-font-weight-bold govuk-!-margin-bottom-1"
        id="theme-progress"
      >
        {answered} of {total} questions answered
      </p>
      <div className="app-theme-progress__track" aria-hidden="true">
        <div className="app-theme-progress__bar" style={{ width: `${Math.round(share * 100)}%` }} />
      </div>
    </div>
  );
}
