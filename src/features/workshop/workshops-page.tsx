import { useEffect, useState, type FormEvent } from 'react';
import { formatDate } from '../../domain/format';
import { useLocation } from 'wouter';
import { href, paths } from '../../app/paths';
import { Cell, Row, Table } from '../../components/table';
import { FilesErrorSummary } from '../../components/files-error-summary';
import { usePageTitle } from '../../components/use-page-title';
import {
  newWorkshop,
  validateWorkshopDetails,
  type WorkshopDetailErrors,
} from '../../domain/workshop';
import {
  workshopStore,
  type WorkshopProblem,
  type WorkshopSummary,
} from '../../store/workshop-store';
import { ACTION_COLUMN, ConfirmInRow } from './confirm-in-row';

type Listing =
  | { kind: 'loading' }
  | { kind: 'ok'; workshops: WorkshopSummary[]; problems: WorkshopProblem[] }
  | { kind: 'failed'; message: string };

const pad = (s: string, n: number) => s.trim().padStart(n, '0');

/** Workshops on this device, and the form to create one (a name and a date). */
export function WorkshopsPage() {
  const [, navigate] = useLocation();
  const [listing, setListing] = useState<Listing>({ kind: 'loading' });
  const [name, setName] = useState('');
  const [day, setDay] = useState('');
  const [month, setMonth] = useState('');
  const [year, setYear] = useState('');
  const [errors, setErrors] = useState<WorkshopDetailErrors>({});
  const [round, setRound] = useState(0);
  const [confirming, setConfirming] = useState<string | null>(null);
  const hasErrors = Object.keys(errors).length > 0;
  usePageTitle('Workshops', hasErrors);

  const refresh = () =>
    workshopStore.list().then(
      (r) => setListing({ kind: 'ok', ...r }),
      (e: unknown) =>
        setListing({ kind: 'failed', message: e instanceof Error ? e.message : String(e) }),
    );
  useEffect(() => {
    void refresh();
  }, []);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const parts = [day, month, year].map((p) => p.trim());
    const date = parts.every((p) => p === '')
      ? ''
      : `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
    const found = validateWorkshopDetails({ name, date });
    if (!found.date && parts.some((p) => p === ''))
      found.date = 'Date of the workshop must include a day, month and year';
    setErrors(found);
    setRound((n) => n + 1);
    if (Object.keys(found).length > 0) return;
    const w = newWorkshop({ name, date }, crypto.randomUUID(), new Date());
    try {
      await workshopStore.save(w);
      navigate(paths.workshop(w.id));
    } catch (err) {
      setErrors({
        name: `The workshop could not be saved on this device (${err instanceof Error ? err.message : String(err)})`,
      });
    }
  };

  const remove = async (id: string) => {
    await workshopStore.remove(id);
    setConfirming(null);
    await refresh();
  };

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <FilesErrorSummary
          focusKey={round}
          errors={[
            ...(errors.name ? [{ href: '#workshop-name', text: errors.name }] : []),
            ...(errors.date ? [{ href: '#workshop-date-day', text: errors.date }] : []),
          ]}
        />
        <h1 className="govuk-heading-l">Workshops</h1>
        <p className="govuk-body">
          A workshop brings together the assessment files of a learning network’s councils, or of
          several respondents from one council (officers, elected members, voluntary and community
          sector partners). It shows where they are strong, weak or in disagreement, and makes a
          pack for the discussion. Everything stays in this browser.
        </p>

        {listing.kind === 'loading' ? <p className="govuk-body">Loading workshops…</p> : null}
        {listing.kind === 'failed' ? (
          <div className="govuk-error-summary" role="alert">
            <h2 className="govuk-error-summary__title">Workshops cannot be read on this device</h2>
            <div className="govuk-error-summary__body">
              <p className="govuk-body">{listing.message}</p>
            </div>
          </div>
        ) : null}
        {listing.kind === 'ok' && listing.problems.length > 0 ? (
          <div className="govuk-warning-text">
            <span className="govuk-warning-text__icon" aria-hidden="true">
              !
            </span>
            <strong className="govuk-warning-text__text">
              <span className="govuk-visually-hidden">Warning</span>
              {listing.problems.length} saved workshop{listing.problems.length > 1 ? 's' : ''}{' '}
              cannot be read ({listing.problems.map((p) => p.message).join('; ')}).{' '}
              {listing.problems.length > 1 ? 'They were' : 'It was'} left as found.
            </strong>
          </div>
        ) : null}
        {listing.kind === 'ok' && listing.workshops.length > 0 ? (
          <Table
            caption="Your workshops"
            captionSize="m"
            columns={['Workshop', 'Date', { header: 'Responses', numeric: true }, ACTION_COLUMN]}
          >
            {listing.workshops.map((w) => (
              <Row key={w.id}>
                <Cell>
                  <a className="govuk-link" href={href(paths.workshop(w.id))}>
                    {w.name}
                  </a>
                </Cell>
                <Cell>{formatDate(w.date)}</Cell>
                <Cell numeric>{w.participants}</Cell>
                <Cell>
                  <ConfirmInRow
                    verb="Delete"
                    name={w.name}
                    confirming={confirming === w.id}
                    onAsk={() => setConfirming(w.id)}
                    onCancel={() => setConfirming(null)}
                    onConfirm={() => void remove(w.id)}
                  />
                </Cell>
              </Row>
            ))}
          </Table>
        ) : null}

        <form noValidate onSubmit={(e) => void submit(e)}>
          <h2 className="govuk-heading-m">Create a workshop</h2>
          <div className={`govuk-form-group${errors.name ? ' govuk-form-group--error' : ''}`}>
            <label className="govuk-label govuk-label--s" htmlFor="workshop-name">
              Name of the workshop
            </label>
            <div className="govuk-hint" id="workshop-name-hint">
              For example, “North West learning network, spring session”
            </div>
            {errors.name ? (
              <p className="govuk-error-message" id="workshop-name-error">
                <span className="govuk-visually-hidden">Error:</span> {errors.name}
              </p>
            ) : null}
            <input
              className={`govuk-input${errors.name ? ' govuk-input--error' : ''}`}
              id="workshop-name"
              name="name"
              type="text"
              autoComplete="off"
              value={name}
              aria-describedby={`workshop-name-hint${errors.name ? ' workshop-name-error' : ''}`}
              onChange={(e) => setName(e.target.value)}
            />
          </div>
          <div className={`govuk-form-group${errors.date ? ' govuk-form-group--error' : ''}`}>
            <fieldset
              className="govuk-fieldset"
              role="group"
              aria-describedby={`workshop-date-hint${errors.date ? ' workshop-date-error' : ''}`}
            >
              <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">
                Date of the workshop
              </legend>
              <div className="govuk-hint" id="workshop-date-hint">
                For example, 14 3 2011
              </div>
              {errors.date ? (
                <p className="govuk-error-message" id="workshop-date-error">
                  <span className="govuk-visually-hidden">Error:</span> {errors.date}
                </p>
              ) : null}
              <div className="govuk-date-input" id="workshop-date">
                {(
                  [
                    ['day', 'Day', day, setDay, 2],
                    ['month', 'Month', month, setMonth, 2],
                    ['year', 'Year', year, setYear, 4],
                  ] as const
                ).map(([key, label, value, setter, width]) => (
                  <div className="govuk-date-input__item" key={key}>
                    <div className="govuk-form-group">
                      <label
                        className="govuk-label govuk-date-input__label"
                        htmlFor={`workshop-date-${key}`}
                      >
                        {label}
                      </label>
                      <input
                        className={`govuk-input govuk-date-input__input govuk-input--width-${width}${errors.date ? ' govuk-input--error' : ''}`}
                        id={`workshop-date-${key}`}
                        name={`date-${key}`}
                        type="text"
                        inputMode="numeric"
                        value={value}
                        onChange={(e) => setter(e.target.value)}
                      />
                    </div>
                  </div>
                ))}
              </div>
            </fieldset>
          </div>
          <button type="submit" className="govuk-button" data-module="govuk-button">
            Create workshop
          </button>
        </form>
      </div>
    </div>
  );
}
