import type { Questionnaire } from '../domain/questionnaire-schema';
import type { FileOutcome } from '../domain/workshop-import-plan';
import type { ImportRequest, ImportResponse } from './import-worker';
import { readTexts } from './read-texts';
// The bundled worker script's address (Vite builds it as its own chunk), not a worker yet.
import importWorkerUrl from './import-worker.ts?worker&url';

/**
 * Files per batch. Batches are made by count alone: a file's size is only read when its batch is
 * read, because the first read of File.size can be a synchronous disk access (2,000 of them in a row
 * froze the page for 1.7 s).
 */
const BATCH = 50;

/** Consecutive groups of BATCH files, made without touching any file's size. */
function batches(files: readonly File[]): File[][] {
  const groups: File[][] = [];
  for (let i = 0; i < files.length; i += BATCH) groups.push(files.slice(i, i + BATCH));
  return groups;
}

/**
 * How many import workers read at once. Reading is done by the browser and goes no faster with
 * more workers, but checking is ours: while files are read the page itself is mostly idle, so two
 * workers on a two-core machine overlap checking with reading and halve the wait. More than three
 * gain little (reading is then the limit) and each costs a copy of the validator.
 */
export function importPoolSize(cores: number | undefined): number {
  return Math.max(1, Math.min(3, cores || 2));
}

type PooledWorker = { worker: Worker; bank: Questionnaire | null };
let pool: PooledWorker[] | undefined;
let nextBatch = 0;

/**
 * A worker started from its own URL takes its Content-Security-Policy from its HTTP headers, which
 * a static host may not send, and the page's meta tag does not reach it. A worker started from a
 * blob: URL inherits the page's policy, so the worker is a one-line blob that imports the real
 * script: eval and requests to other hosts are then refused in the worker as in the page.
 */
function policyInheritingUrl(script: URL): string {
  const source = `import ${JSON.stringify(script.href)};`;
  return URL.createObjectURL(new Blob([source], { type: 'text/javascript' }));
}

/**
 * The import workers, for the life of the page, started on first use (or by
 * `prewarmImportWorker`): starting a worker loads the validator, which costs more than validating
 * a few hundred files. Empty when the browser has no workers (files are then read on the page).
 */
function importWorkers(): PooledWorker[] {
  if (pool) return pool;
  pool = [];
  if (typeof Worker === 'undefined') return pool;
  const url = policyInheritingUrl(new URL(importWorkerUrl, import.meta.url));
  const size = importPoolSize(typeof navigator === 'undefined' ? 2 : navigator.hardwareConcurrency);
  for (let k = 0; k < size; k += 1) {
    try {
      pool.push({
        worker: new Worker(url, { type: 'module', name: `import-files-${k + 1}` }),
        bank: null,
      });
    } catch {
      break;
    }
  }
  return pool;
}

/** A worker that failed (blocked, out of memory) is not tried again. */
function retire(failed: PooledWorker): void {
  failed.worker.terminate();
  if (pool) pool = pool.filter((p) => p !== failed);
}

/** Start the workers ahead of need, e.g. when a page that imports files opens. */
export function prewarmImportWorker(): void {
  importWorkers();
}

/** The validating half, for the main-thread fallback (every schema module sets zod up first). */
function validator() {
  return import('../domain/workshop-import');
}

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Read, parse and validate files in batches, in a web worker when the browser has one, otherwise on
 * the main thread with a pause between batches so the page can still repaint and take input.
 * `onProgress` gets the number of files done so far; `onBatch` each batch's outcomes as they come,
 * for work that can be done a little at a time while the rest are read.
 */
export async function readChosenFiles(
  files: readonly File[],
  questionnaire: Questionnaire,
  onProgress: (done: number) => void = () => undefined,
  onBatch: (batch: readonly FileOutcome[]) => void = () => undefined,
): Promise<FileOutcome[]> {
  const outcomes: FileOutcome[] = [];
  const groups = batches(files);
  // The workers read the files themselves (the page only hands over File handles) and take
  // batches in turn, two each ahead, so none is idle while the page takes in a batch's outcomes.
  const sent: (Promise<FileOutcome[] | null> | null)[] = [];
  const send = (i: number) => {
    const workers = importWorkers();
    const w = workers[i % Math.max(1, workers.length)];
    sent[i] = w
      ? inWorker(w, groups[i] as File[], questionnaire).catch(() => {
          retire(w);
          return null;
        })
      : null;
  };
  const ahead = Math.max(2, importWorkers().length * 2);
  for (let i = 0; i < groups.length; i += 1) {
    for (let j = sent.length; j < Math.min(groups.length, i + ahead); j += 1) send(j);
    let batch = sent[i] ? await sent[i] : null;
    if (!batch) {
      await nextTask();
      const incoming = await readTexts(groups[i] as File[]);
      await nextTask();
      const { readIncomingFile } = await validator();
      batch = incoming.map((f) => readIncomingFile(f, questionnaire));
    }
    outcomes.push(...batch);
    onBatch(batch);
    onProgress(outcomes.length);
  }
  return outcomes;
}

function inWorker(
  pooled: PooledWorker,
  files: File[],
  questionnaire: Questionnaire,
): Promise<FileOutcome[]> {
  const { worker } = pooled;
  const batch = (nextBatch += 1);
  // The question bank (over 100 KB) is copied to a worker once, not with every batch.
  const bank = pooled.bank === questionnaire ? null : questionnaire;
  pooled.bank = questionnaire;
  return new Promise((resolve, reject) => {
    const done = () => {
      worker.removeEventListener('message', onMessage);
      worker.removeEventListener('error', onError);
    };
    const onMessage = (event: MessageEvent<ImportResponse>) => {
      if (event.data.batch !== batch) return;
      done();
      resolve(event.data.outcomes);
    };
    const onError = (event: ErrorEvent) => {
      event.preventDefault();
      done();
      reject(new Error(event.message || 'the import worker failed'));
    };
    worker.addEventListener('message', onMessage);
    worker.addEventListener('error', onError);
    worker.postMessage({ batch, files, questionnaire: bank } satisfies ImportRequest);
  });
}
