import type { Assessment } from './assessment-schema';

/** A learning-network workshop: the facilitator's gathered assessment files, kept on this device. */
export type Workshop = {
  id: string;
  name: string;
  /** YYYY-MM-DD */
  date: string;
  createdAt: string;
  updatedAt: string;
  /** On by default: displays and exports show "Council A", "Council B"… instead of names. */
  anonymise: boolean;
  participants: Assessment[];
};

export type WorkshopDetails = { name: string; date: string };
export type WorkshopDetailErrors = Partial<Record<keyof WorkshopDetails, string>>;

const isRealDate = (s: string) =>
  /^\d{4}-\d{2}-\d{2}$/.test(s) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s);

/** Field errors in the words the GOV.UK pattern uses; an empty object means the details are valid. */
export function validateWorkshopDetails(d: WorkshopDetails): WorkshopDetailErrors {
  const errors: WorkshopDetailErrors = {};
  const name = d.name.trim();
  if (name === '') errors.name = 'Enter a name for the workshop';
  else if (name.length > 200) errors.name = 'Workshop name must be 200 characters or fewer';
  if (d.date.trim() === '') errors.date = 'Enter the date of the workshop';
  else if (!isRealDate(d.date.trim())) errors.date = 'Date of the workshop must be a real date';
  return errors;
}

export function newWorkshop(details: WorkshopDetails, id: string, now: Date): Workshop {
  const stamp = now.toISOString();
  return {
    id,
    name: details.name.trim(),
    date: details.date.trim(),
    createdAt: stamp,
    updatedAt: stamp,
    anonymise: true,
    participants: [],
  };
}

/**
 * Add assessments to a workshop. A file whose assessment id is already in the workshop replaces the
 * earlier one (it is a newer copy of the same assessment), so importing a folder twice does not
 * count anyone twice.
 */
export function addParticipants(
  w: Workshop,
  incoming: readonly Assessment[],
  now: Date,
): { workshop: Workshop; added: number; replaced: number } {
  const byId = new Map(w.participants.map((a) => [a.id, a]));
  let added = 0;
  let replaced = 0;
  for (const a of incoming) {
    if (byId.has(a.id)) replaced += 1;
    else added += 1;
    byId.set(a.id, a);
  }
  return {
    workshop: { ...w, participants: [...byId.values()], updatedAt: now.toISOString() },
    added,
    replaced,
  };
}
