import { useEffect, useState, type FormEvent } from 'react';
import { formatDate } from '../../domain/format';
import { parseDateParts, type DateParts } from '../../domain/plan-edit';
import { useLocation } from 'wouter';
import { href, paths } from '../../routes/paths';
import { Cell, Row, Table } from '../../components/table';
import { dateErrorTarget, DateInput, type DatePart } from '../../components/date-input';
import { ErrorSummary, fieldErrors } from '../../components/error-summary';
import { TextInput } from '../../components/form-group';
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

/** Workshops on this device, and the form to create one (a name and a date). */
export function WorkshopsPage() {
  const [, navigate] = useLocation();
  const [listing, setListing] = useState<Listing>({ kind: 'loading' });
  const [name, setName] = useState('');
  const [date, setDate] = useState<DateParts>({ day: '', month: '', year: '' });
  const [errors, setErrors] = useState<WorkshopDetailErrors>({});
  const [wrongDate, setWrongDate] = useState<DatePart[]>([]);
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
    const parsed = parseDateParts(date, 'Date of the workshop', 'Enter the date of the workshop');
    const details = { name, date: parsed.ok ? parsed.value : '' };
    const found = validateWorkshopDetails(details);
    // The boxes' own message says which part is wrong ("must include a month").
    if (!parsed.ok) found.date = parsed.message;
    setWrongDate(parsed.ok ? [] : parsed.fields);
    setErrors(found);
    setRound((n) => n + 1);
    if (Object.keys(found).length > 0) return;
    const w = newWorkshop(details, crypto.randomUUID(), new Date());
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
        <ErrorSummary
          focusKey={round}
          errors={fieldErrors([
            [errors.name, 'workshop-name'],
            [errors.date, dateErrorTarget('workshop-date', wrongDate)],
          ])}
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
          <TextInput
            id="workshop-name"
            name="name"
            label="Name of the workshop"
            hint="For example, “North West learning network, spring session”"
            error={errors.name}
            autoComplete="off"
            value={name}
            onChange={(e) => setName(e.target.value)}
          />
          <DateInput
            id="workshop-date"
            legend="Date of the workshop"
            hint="For example, 14 3 2011"
            error={errors.date}
            wrong={wrongDate}
            inputProps={(part) => ({
              name: `date-${part}`,
              value: date[part],
              onChange: (e) => setDate((d) => ({ ...d, [part]: e.target.value })),
            })}
          />
          <button type="submit" className="govuk-button" data-module="govuk-button">
            Create workshop
          </button>
        </form>
      </div>
    </div>
  );
}
