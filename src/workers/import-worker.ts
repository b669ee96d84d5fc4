/// <reference lib="webworker" />
import type { Questionnaire } from '../domain/questionnaire-schema';
import { readIncomingFile } from '../domain/workshop-import';
import type { FileOutcome, IncomingFile } from '../domain/workshop-import-plan';
import { readTexts } from './read-texts';

/**
 * Reads, parses and validates chosen files off the main thread, so that a page importing
 * thousands of files stays responsive. It answers each batch with the outcome of every file in it,
 * in the order the batches came.
 */
export type ImportRequest = {
  batch: number;
  files: File[];
  /** Sent with a worker's first batch (and when it changes); null: the one sent before. */
  questionnaire: Questionnaire | null;
};
export type ImportResponse = { batch: number; outcomes: FileOutcome[] };

const scope = self as unknown as DedicatedWorkerGlobalScope;

// Each batch starts reading as soon as it arrives; batches are checked and answered in turn.
let previous: Promise<void> = Promise.resolve();
let bank: Questionnaire | null = null;

scope.onmessage = (event: MessageEvent<ImportRequest>) => {
  const { batch, files } = event.data;
  bank = event.data.questionnaire ?? bank;
  const questionnaire = bank;
  if (!questionnaire) throw new Error('the import worker was sent files before the question bank');
  const reading = readTexts(files);
  previous = previous
    .then(async () => answer(batch, await reading, questionnaire))
    // Reading does not fail by design (a file it cannot read is answered as such); if it ever
    // did, the batch is still answered, so the page never waits for it.
    .catch(() => answer(batch, files.map(unreadable), questionnaire));
};

const unreadable = (f: File): IncomingFile => ({ name: f.name, size: 0, text: null });

function answer(batch: number, incoming: IncomingFile[], questionnaire: Questionnaire): void {
  const outcomes = incoming.map((f) => {
    try {
      return readIncomingFile(f, questionnaire);
    } catch (e) {
      // readIncomingFile does not throw by design; this keeps one odd file from stopping the batch.
      return {
        kind: 'error',
        name: f.name,
        message: `could not be read (${e instanceof Error ? e.message : String(e)})`,
      } satisfies FileOutcome;
    }
  });
  scope.postMessage({ batch, outcomes } satisfies ImportResponse);
}
