import { closeSync, existsSync, openSync, realpathSync, statSync, writeSync } from 'node:fs';
import { dirname, extname, resolve } from 'node:path';

/**
 * Where a command may write a file it makes: the one output-path check, shared by `report` and
 * `aggregate --pdf`, with no knowledge of any one command.
 */
const real = (p: string) => {
  try {
    return realpathSync(p);
  } catch {
    // A file that does not exist yet: its folder's real path and its own name.
    try {
      return resolve(realpathSync(dirname(p)), p.slice(dirname(p).length + 1) || p);
    } catch {
      return resolve(p);
    }
  }
};

const sameFile = (a: string, b: string) => {
  try {
    const x = statSync(a);
    const y = statSync(b);
    return x.dev === y.dev && x.ino === y.ino;
  } catch {
    return real(a) === real(b);
  }
};

/**
 * Null when `out` may be written; otherwise why not, in a sentence that starts with `out`.
 * Refused: a name without one of the expected extensions, any of the command's inputs (by path or
 * the same file under another name), a folder, and an existing file unless `force`.
 */
export function checkOutputPath(
  out: string,
  options: { inputs: readonly string[]; extensions: readonly string[]; force: boolean },
): string | null {
  if (!options.extensions.includes(extname(out).toLowerCase()))
    return `${out}: the output file name must end in ${options.extensions.join(' or ')}`;
  if (options.inputs.some((i) => sameFile(i, out) || real(i) === real(out)))
    return `${out}: is one of the input files; choose another name so the input is not overwritten`;
  if (existsSync(out)) {
    if (statSync(out).isDirectory()) return `${out}: is a folder; give a file name`;
    if (!options.force)
      return `${out}: already exists; give --force to replace it, or choose another name`;
  }
  return null;
}

/**
 * Write a new file, or replace one only when `force`: a file that appeared since the check is not
 * overwritten ('wx'). Returns null, or what went wrong.
 */
export function writeOutputFile(out: string, bytes: Uint8Array, force: boolean): string | null {
  try {
    const fd = openSync(out, force ? 'w' : 'wx');
    try {
      writeSync(fd, bytes);
    } finally {
      closeSync(fd);
    }
    return null;
  } catch (e) {
    const code = typeof e === 'object' && e !== null && 'code' in e ? String(e.code) : '';
    if (code === 'EEXIST') return 'it already exists; give --force to replace it';
    return e instanceof Error ? e.message : String(e);
  }
}
