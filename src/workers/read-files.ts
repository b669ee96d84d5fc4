import type { Questionnaire } from '../domain/questionnaire-schema';
import { tooLargeToRead, type FileOutcome, type IncomingFile } from '../domain/workshop-import-plan';
import type { ImportRequest, ImportResponse } from './import-worker';

const BATCH = 50;

/** Read chosen files as text; a file over the size limit is not read at all. */
async function readText(file: File): Promise<IncomingFile> {
  if (tooLargeToRead(file.size)) return { name: file.name, size: file.size, text: null };
  try {
    // A byte-order mark is legal in a UTF-8 file but not in JSON text.
    return { name: file.name, size: file.size, text: (await file.text()).replace(/^\uFEFF/, '') };
  } catch {
    return { name: file.name, size: file.size, text: null };
  }
}

function startWorker(): Worker | null {
  if (typeof Worker === 'undefined') return null;
  try {
    return new Worker(new URL('./import-worker.ts', import.meta.url), { type: 'module', name: 'import-files' });
  } catch {
    return null;
  }
}

/**
 * The validating half, for the main-thread fallback. The zod set-up is loaded first, on its own,
 * because a bundler may order static imports of shared chunks differently from the source.
 */
async function validator() {
  await import('../domain/workshop-zod-config');
  return import('../domain/workshop-import');
}

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Read, parse and validate files in batches, in a web worker when the browser has one, otherwise on
 * the main thread with a pause between batches so the page can still repaint and take input.
 * `onProgress` gets the number of files done so far.
 */
export async function readChosenFiles(files: readonly File[], questionnaire: Questionnaire, onProgress: (done: number) => void = () => undefined): Promise<FileOutcome[]> {
  let worker = startWorker();
  const outcomes: FileOutcome[] = [];
  try {
    for (let start = 0; start < files.length; start += BATCH) {
      const incoming = await Promise.all(files.slice(start, start + BATCH).map(readText));
      let batch: FileOutcome[] | null = null;
      if (worker) {
        batch = await inWorker(worker, start, incoming, questionnaire).catch(() => null);
        // A worker that failed once (blocked, out of memory) is not tried again.
        if (!batch) {
          worker.terminate();
          worker = null;
        }
      }
      if (!batch) {
        await nextTask();
        const { readIncomingFile } = await validator();
        batch = incoming.map((f) => readIncomingFile(f, questionnaire));
      }
      outcomes.push(...batch);
      onProgress(outcomes.length);
    }
  } finally {
    worker?.terminate();
  }
  return outcomes;
}

function inWorker(worker: Worker, batch: number, files: IncomingFile[], questionnaire: Questionnaire): Promise<FileOutcome[]> {
  return new Promise((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<ImportResponse>) => {
      if (event.data.batch === batch) resolve(event.data.outcomes);
    };
    worker.onerror = (event) => {
      event.preventDefault();
      reject(new Error(event.message || 'the import worker failed'));
    };
    worker.postMessage({ batch, files, questionnaire } satisfies ImportRequest);
  });
}
