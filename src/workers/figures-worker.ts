/// <reference lib="webworker" />
import { aggregate, type AggregateOptions, type WorkshopAggregate } from '../domain/aggregate';
import { scoreOnce } from '../domain/aggregate-scores';
import type { Assessment } from '../domain/assessment-schema';
import type { Questionnaire } from '../domain/questionnaire-schema';
import { likelyDuplicates } from '../domain/workshop-duplicates';
import type { ForwardedBatch } from './import-worker';

/**
 * Works out a workshop's figures off the page's thread. It keeps its own copy of the workshop's
 * responses, each under a key the page knows it by: the import workers send each batch's responses
 * here as well as to the page (keyed "<batch>:<position>"), the page sends any others once (keyed
 * "p<n>"), and it is scored here as it comes; the page then asks for figures by keys alone.
 */
export type FiguresRequest =
  | { kind: 'add'; bank: Questionnaire | null; items: [string, Assessment][] }
  | { kind: 'port'; bank: Questionnaire | null; port: MessagePort }
  | {
      kind: 'figures';
      job: number;
      bank: Questionnaire | null;
      keys: string[];
      options: AggregateOptions;
    };
export type FiguresResponse =
  | { job: number; kind: 'figures'; agg: WorkshopAggregate; suspects: number[][] }
  | { job: number; kind: 'missing'; keys: string[] };

const scope = self as unknown as DedicatedWorkerGlobalScope;
const held = new Map<string, Assessment>();
// The responses of the last figures asked for: one no longer asked for has left the workshop.
let served = new Set<string>();
let bank: Questionnaire | null = null;

/** Scored as they come, while files are still being read, so the figures later are quick. */
function hold(items: readonly [string, Assessment][]): void {
  if (!bank) throw new Error('the figures worker was sent responses before the question bank');
  for (const [key, a] of items) {
    held.set(key, a);
    scoreOnce(bank, a);
  }
}

scope.onmessage = (event: MessageEvent<FiguresRequest>) => {
  const request = event.data;
  bank = request.bank ?? bank;
  if (request.kind === 'port') {
    request.port.onmessage = (e: MessageEvent<ForwardedBatch>) =>
      hold(e.data.items.map(([i, a]): [string, Assessment] => [`${e.data.batch}:${i}`, a]));
    return;
  }
  if (request.kind === 'add') {
    hold(request.items);
    return;
  }
  if (!bank) throw new Error('the figures worker was asked for figures before the question bank');
  const missing = request.keys.filter((k) => !held.has(k));
  if (missing.length > 0) {
    scope.postMessage({
      job: request.job,
      kind: 'missing',
      keys: missing,
    } satisfies FiguresResponse);
    return;
  }
  const now = new Set(request.keys);
  for (const k of served) if (!now.has(k)) held.delete(k);
  served = now;
  const list = request.keys.map((k) => held.get(k) as Assessment);
  const agg = aggregate(bank, list, request.options);
  const suspects = likelyDuplicates(list);
  scope.postMessage({ job: request.job, kind: 'figures', agg, suspects } satisfies FiguresResponse);
};
