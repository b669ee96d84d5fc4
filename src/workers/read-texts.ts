import { tooLargeToRead, type IncomingFile } from '../domain/workshop-import-plan';

/**
 * Reading chosen files as text, shared by the import worker (where it normally runs, so the page
 * does no reading at all) and the page's fallback when there is no worker.
 */

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
export async function readTexts(files: readonly File[]): Promise<IncomingFile[]> {
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
