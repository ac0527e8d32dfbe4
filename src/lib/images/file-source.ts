/** A picture file on disk as a PictureSource: reads only the bytes the check asks for. */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { inspectPicture, type Inspection } from './inspect.ts';

/** Inspects the file at `absolutePath`; a file that cannot be opened is `undefined` (reported as missing). */
export function inspectPictureFile(absolutePath: string): Inspection | undefined {
  let fd: number;
  try {
    fd = openSync(absolutePath, 'r');
  } catch {
    return undefined;
  }
  try {
    const size = fstatSync(fd).size;
    const read = (offset: number, length: number) => {
      const buffer = Buffer.alloc(Math.max(0, Math.min(length, size - offset)));
      const got = buffer.length > 0 ? readSync(fd, buffer, 0, buffer.length, offset) : 0;
      return buffer.subarray(0, got);
    };
    return inspectPicture({ size, read }, absolutePath);
  } finally {
    closeSync(fd);
  }
}
