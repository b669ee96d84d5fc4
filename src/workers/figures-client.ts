import type { AggregateOptions, WorkshopAggregate } from '../domain/aggregate';
import type { Assessment } from '../domain/assessment-schema';
import type { Questionnaire } from '../domain/questionnaire-schema';
import type { FileOutcome } from '../domain/workshop-import-plan';
import type { FiguresRequest, FiguresResponse } from './figures-worker';
import { policyInheritingUrl } from './read-files';
// The bundled worker script's address (Vite builds it as its own chunk), not a worker yet.
import figuresWorkerUrl from './figures-worker.ts?worker&url';

/**
 * The page's side of the figures worker. Each response object has a key and reaches the worker
 * once: from the import workers as files are read (`figuresPort`, `forwarded`), or from the page;
 * asking for figures then sends only the keys and the settings, so the page never copies a large
 * workshop in one go. Anything that goes wrong rejects, and the caller works the figures out on
 * the page instead.
 */

let worker: Worker | null | undefined;
let sentBank: Questionnaire | null = null;
let nextSerial = 0;
let nextJob = 0;
const keys = new WeakMap<Assessment, string>();
// The keys the worker has (or has been sent): a key it lacks after all is sent again.
const held = new Set<string>();

function figuresWorker(): Worker | null {
  if (worker !== undefined) return worker;
  worker = null;
  if (typeof Worker === 'undefined') return null;
  try {
    worker = new Worker(policyInheritingUrl(new URL(figuresWorkerUrl, import.meta.url)), {
      type: 'module',
      name: 'workshop-figures',
    });
    worker.addEventListener('error', (e) => {
      e.preventDefault();
      stop();
    });
  } catch {
    worker = null;
  }
  return worker;
}

/** A worker that failed is not tried again: every later call works on the page. */
function stop(): void {
  worker?.terminate();
  worker = null;
  held.clear();
  for (const fail of waiting.values()) fail.reject(new Error('the figures worker failed'));
  waiting.clear();
}

const bankFor = (w: Worker | null, bank: Questionnaire) => {
  if (!w || sentBank === bank) return null;
  sentBank = bank;
  return bank;
};

function keyOf(a: Assessment): string {
  let k = keys.get(a);
  if (k === undefined) {
    k = `p${(nextSerial += 1)}`;
    keys.set(a, k);
  }
  return k;
}

/**
 * A port for an import worker to send each batch's assessments straight to the figures worker,
 * so the page does not copy them a second time; null when there is no figures worker.
 */
export function figuresPort(bank: Questionnaire): MessagePort | null {
  const w = figuresWorker();
  if (!w) return null;
  const channel = new MessageChannel();
  const request: FiguresRequest = { kind: 'port', bank: bankFor(w, bank), port: channel.port1 };
  w.postMessage(request, [channel.port1]);
  return channel.port2;
}

/** A batch's outcomes that its import worker also sent to the figures worker (by its number). */
export function forwarded(batch: number, outcomes: readonly FileOutcome[]): void {
  outcomes.forEach((o, i) => {
    if (o.kind !== 'assessment' || keys.has(o.restored.assessment)) return;
    const k = `${batch}:${i}`;
    keys.set(o.restored.assessment, k);
    held.add(k);
  });
}

/**
 * Send responses the worker does not have yet (one message), e.g. each batch as files are read.
 * Returns false when there is no worker (the page then scores them itself, for its own figures).
 */
export function sendToFigures(bank: Questionnaire, list: readonly Assessment[]): boolean {
  const w = figuresWorker();
  if (!w) return false;
  const items: [string, Assessment][] = [];
  for (const a of list) {
    const k = keyOf(a);
    if (!held.has(k)) {
      held.add(k);
      items.push([k, a]);
    }
  }
  if (items.length > 0)
    w.postMessage({ kind: 'add', bank: bankFor(w, bank), items } satisfies FiguresRequest);
  return true;
}

const waiting = new Map<
  number,
  { resolve: (r: FiguresResponse) => void; reject: (e: Error) => void }
>();

function ask(w: Worker, request: Omit<Extract<FiguresRequest, { kind: 'figures' }>, 'job'>) {
  const job = (nextJob += 1);
  return new Promise<FiguresResponse>((resolve, reject) => {
    waiting.set(job, { resolve, reject });
    w.onmessage = (event: MessageEvent<FiguresResponse>) => {
      const found = waiting.get(event.data.job);
      waiting.delete(event.data.job);
      found?.resolve(event.data);
    };
    w.postMessage({ ...request, job } satisfies FiguresRequest);
  });
}

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
/** Responses sent per task when many are sent at once (a workshop opened from storage). */
const CHUNK = 100;

/** The figures (and likely duplicates) of these responses, worked out in the worker. */
export async function figuresInWorker(
  bank: Questionnaire,
  participants: readonly Assessment[],
  options: AggregateOptions,
): Promise<{ agg: WorkshopAggregate; suspects: number[][] }> {
  for (let attempt = 0; attempt < 2; attempt += 1) {
    const w = figuresWorker();
    if (!w) throw new Error('no figures worker');
    // Whatever the worker lacks is sent a chunk per task, so no single task copies them all.
    const unsent = participants.filter((a) => !held.has(keyOf(a)));
    for (let i = 0; i < unsent.length; i += CHUNK) {
      sendToFigures(bank, unsent.slice(i, i + CHUNK));
      if (i + CHUNK < unsent.length) await nextTask();
    }
    const reply = await ask(w, {
      kind: 'figures',
      bank: bankFor(w, bank),
      keys: participants.map(keyOf),
      options,
    });
    if (reply.kind === 'figures') return { agg: reply.agg, suspects: reply.suspects };
    // The worker dropped some (they had left the workshop, and came back): send them again.
    for (const k of reply.keys) held.delete(k);
  }
  throw new Error('the figures worker is missing responses');
}
