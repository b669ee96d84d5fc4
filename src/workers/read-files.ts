import type { Questionnaire } from '../domain/questionnaire-schema';
import {
  tooLargeToRead,
  type FileOutcome,
  type IncomingFile,
} from '../domain/workshop-import-plan';
import type { ImportRequest, ImportResponse } from './import-worker';
// The bundled worker script's address (Vite builds it as its own chunk), not a worker yet.
import importWorkerUrl from './import-worker.ts?worker&url';

/**
 * Files per batch. Batches are made by count alone: a file's size is only read when its batch is
 * read, because the first read of File.size can be a synchronous disk access (2,000 of them in a row
 * froze the page for 1.7 s).
 */
const BATCH = 50;

const BATCH_BYTES = 16 * 1024 * 1024;

// Fatal: bytes that are not UTF-8 are refused rather than read as replacement characters. It
// also drops a leading byte-order mark, which is legal in a UTF-8 file but not in JSON text.
const utf8 = new TextDecoder('utf-8', { fatal: true });

function decode(file: File, bytes: Uint8Array): IncomingFile {
  try {
    return { name: file.name, size: file.size, text: utf8.decode(bytes) };
  } catch {
    return { name: file.name, size: file.size, text: null, notUtf8: true };
  }
}

/** Read one file as text; a file over the size limit is not read at all. */
async function readText(file: File): Promise<IncomingFile> {
  if (tooLargeToRead(file.size)) return { name: file.name, size: file.size, text: null };
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch {
    return { name: file.name, size: file.size, text: null };
  }
  return decode(file, bytes);
}

/**
 * Read a batch of files with one read of their concatenation, then cut it at the files' sizes:
 * browsers take a few milliseconds per file read, which adds up over hundreds of files. A file
 * over the size limit is not read at all. If the joint read fails, each file is read on its own.
 */
async function readTexts(files: readonly File[]): Promise<IncomingFile[]> {
  const out: IncomingFile[] = [];
  for (const part of bySize(files)) out.push(...(await readJoined(part)));
  return out;
}

/** Consecutive runs of files of at most BATCH_BYTES together (unless one file alone is bigger). */
function bySize(files: readonly File[]): File[][] {
  const groups: File[][] = [];
  let current: File[] = [];
  let bytes = 0;
  for (const f of files) {
    const size = tooLargeToRead(f.size) ? 0 : f.size;
    if (current.length > 0 && bytes + size > BATCH_BYTES) {
      groups.push(current);
      current = [];
      bytes = 0;
    }
    current.push(f);
    bytes += size;
  }
  if (current.length > 0) groups.push(current);
  return groups;
}

async function readJoined(files: readonly File[]): Promise<IncomingFile[]> {
  const readable = files.filter((f) => !tooLargeToRead(f.size));
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await new Blob(readable).arrayBuffer());
  } catch {
    return Promise.all(files.map(readText));
  }
  let offset = 0;
  return files.map((f) => {
    if (tooLargeToRead(f.size)) return { name: f.name, size: f.size, text: null };
    const read = decode(f, bytes.subarray(offset, offset + f.size));
    offset += f.size;
    return read;
  });
}

/** Consecutive groups of BATCH files, made without touching any file's size. */
function batches(files: readonly File[]): File[][] {
  const groups: File[][] = [];
  for (let i = 0; i < files.length; i += BATCH) groups.push(files.slice(i, i + BATCH));
  return groups;
}

let shared: Worker | null | undefined;
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
 * One worker for the life of the page, started on first use (or by `prewarmImportWorker`): starting
 * a worker loads the validator, which costs more than validating a few hundred files.
 */
function importWorker(): Worker | null {
  if (shared !== undefined) return shared;
  shared = null;
  if (typeof Worker === 'undefined') return null;
  try {
    shared = new Worker(policyInheritingUrl(new URL(importWorkerUrl, import.meta.url)), {
      type: 'module',
      name: 'import-files',
    });
  } catch {
    shared = null;
  }
  return shared;
}

/** Start the worker ahead of need, e.g. when a page that imports files opens. */
export function prewarmImportWorker(): void {
  importWorker();
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
  // The next batch is read from disk while the worker checks this one.
  let reading = groups.length > 0 ? readTexts(groups[0] as File[]) : null;
  for (let i = 0; i < groups.length; i += 1) {
    const incoming = await (reading as Promise<IncomingFile[]>);
    if (i + 1 < groups.length) {
      await nextTask();
      reading = readTexts(groups[i + 1] as File[]);
    }
    let batch: FileOutcome[] | null = null;
    const worker = importWorker();
    if (worker) {
      batch = await inWorker(worker, incoming, questionnaire).catch(() => null);
      // A worker that failed (blocked, out of memory) is not tried again.
      if (!batch) {
        worker.terminate();
        shared = null;
      }
    }
    if (!batch) {
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
  worker: Worker,
  files: IncomingFile[],
  questionnaire: Questionnaire,
): Promise<FileOutcome[]> {
  const batch = (nextBatch += 1);
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
    worker.postMessage({ batch, files, questionnaire } satisfies ImportRequest);
  });
}
