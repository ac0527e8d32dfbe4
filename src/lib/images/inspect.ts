/**
 * What a picture file really is, read from its bytes without decoding it: format, pixel size and
 * whether the file ends where its own structure says it should. The content check runs this on
 * every `image` and `logo` so a bad file is a SPEC §2 line, never a crash inside the image pipeline.
 */

export type PictureFormat = 'jpeg' | 'png' | 'webp' | 'avif';

export interface PictureFacts {
  format: PictureFormat;
  width: number;
  height: number;
}

/** Random access to a file's bytes: the check reads headers and the end, never the whole file. */
export interface PictureSource {
  size: number;
  read(offset: number, length: number): Uint8Array;
}

/** A source over bytes already in memory (tests, the submit form). */
export function bytesSource(bytes: Uint8Array): PictureSource {
  return { size: bytes.length, read: (offset, length) => bytes.subarray(offset, Math.min(bytes.length, offset + length)) };
}

export type Inspection =
  | { ok: true; facts: PictureFacts }
  | { ok: false; problem: string };

/** Pictures above this many bytes are refused (SPEC §1: at most 10 MB). */
export const PICTURE_MAX_BYTES = 10_000_000;
/** Narrower pictures get a warning: they look soft on large screens and in search results. */
export const PICTURE_MIN_WIDTH = 1200;

const extensionFormats: Record<string, PictureFormat | 'gif'> = {
  jpg: 'jpeg', jpeg: 'jpeg', png: 'png', webp: 'webp', avif: 'avif', gif: 'gif',
};

function ascii(bytes: Uint8Array, start: number, length: number): string {
  return String.fromCharCode(...bytes.subarray(start, start + length));
}

function viewOf(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

function damaged(kind: string, detail = ''): Inspection {
  return { ok: false, problem: `is a damaged ${kind} file${detail}: save it again from an image program` };
}

function cutOff(kind: string): Inspection {
  return { ok: false, problem: `is cut off (the ${kind} file ends too early): copy or download it again` };
}

function jpegFacts(source: PictureSource): Inspection {
  let offset = 2;
  let size: { width: number; height: number } | undefined;
  while (offset + 4 <= source.size) {
    const head = source.read(offset, 9);
    if (head[0] !== 0xff) return damaged('JPEG');
    const marker = head[1]!;
    if (marker === 0xff) { offset += 1; continue; }
    if (marker === 0xd9) break;
    if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) { offset += 2; continue; }
    const view = viewOf(head);
    const length = view.getUint16(2);
    // Start-of-frame markers (all C0–CF except DHT C4, JPG C8, DAC CC) carry the size.
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc && head.length >= 9) {
      size = { height: view.getUint16(5), width: view.getUint16(7) };
    }
    if (marker === 0xda) break; // start of scan: the compressed picture follows
    offset += 2 + length;
  }
  if (!size) return damaged('JPEG', ' (no picture size in it)');
  // A complete JPEG ends with the end-of-image marker (some cameras pad a few bytes after it).
  const tail = source.read(Math.max(0, source.size - 64), 64);
  for (let i = tail.length - 2; i >= 0; i--) {
    if (tail[i] === 0xff && tail[i + 1] === 0xd9) return { ok: true, facts: { format: 'jpeg', ...size } };
  }
  return cutOff('JPEG');
}

function pngFacts(source: PictureSource): Inspection {
  const head = source.read(0, 24);
  if (head.length < 24 || ascii(head, 12, 4) !== 'IHDR') return damaged('PNG');
  const view = viewOf(head);
  const facts: PictureFacts = { format: 'png', width: view.getUint32(16), height: view.getUint32(20) };
  let offset = 8;
  while (offset + 12 <= source.size) {
    const chunk = source.read(offset, 8);
    const length = viewOf(chunk).getUint32(0);
    offset += 12 + length;
    if (ascii(chunk, 4, 4) === 'IEND') return offset <= source.size ? { ok: true, facts } : cutOff('PNG');
  }
  return cutOff('PNG');
}

function webpFacts(source: PictureSource): Inspection {
  const head = source.read(0, 30);
  const view = viewOf(head);
  if (head.length < 30) return cutOff('WebP');
  if (view.getUint32(4, true) + 8 > source.size) return cutOff('WebP');
  const chunk = ascii(head, 12, 4);
  let width = 0;
  let height = 0;
  if (chunk === 'VP8X') {
    width = 1 + (head[24]! | (head[25]! << 8) | (head[26]! << 16));
    height = 1 + (head[27]! | (head[28]! << 8) | (head[29]! << 16));
  } else if (chunk === 'VP8 ') {
    width = view.getUint16(26, true) & 0x3fff;
    height = view.getUint16(28, true) & 0x3fff;
  } else if (chunk === 'VP8L') {
    const bits = view.getUint32(21, true);
    width = 1 + (bits & 0x3fff);
    height = 1 + ((bits >> 14) & 0x3fff);
  }
  if (!width || !height) return damaged('WebP');
  return { ok: true, facts: { format: 'webp', width, height } };
}

/** AVIF (ISO-BMFF): the top-level boxes must add up to the file, and the `ispe` property gives the size. */
function avifFacts(source: PictureSource): Inspection {
  let offset = 0;
  let meta: Uint8Array | undefined;
  while (offset + 8 <= source.size) {
    const box = source.read(offset, 16);
    const view = viewOf(box);
    let size = view.getUint32(0);
    if (size === 1 && box.length >= 16) size = Number(view.getBigUint64(8));
    if (size === 0) size = source.size - offset;
    if (size < 8) return damaged('AVIF');
    if (ascii(box, 4, 4) === 'meta') meta = source.read(offset, Math.min(size, 1_000_000));
    offset += size;
  }
  if (offset !== source.size) return cutOff('AVIF');
  for (let i = 0; meta && i + 20 <= meta.length; i++) {
    if (meta[i] === 0x69 && ascii(meta, i, 4) === 'ispe') {
      const view = viewOf(meta);
      return { ok: true, facts: { format: 'avif', width: view.getUint32(i + 8), height: view.getUint32(i + 12) } };
    }
  }
  return damaged('AVIF', ' (no picture size in it)');
}

function sniff(bytes: Uint8Array): PictureFormat | 'gif' | 'svg' | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'jpeg';
  if (ascii(bytes, 0, 8) === '\x89PNG\r\n\x1a\n') return 'png';
  if (ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 4) === 'WEBP') return 'webp';
  if (ascii(bytes, 4, 4) === 'ftyp' && /^avi[fs]/.test(ascii(bytes, 8, 4))) return 'avif';
  if (ascii(bytes, 0, 4) === 'GIF8') return 'gif';
  const start = new TextDecoder().decode(bytes).replace(/^\uFEFF/, '').trimStart().toLowerCase();
  if (start.startsWith('<') && start.includes('<svg')) return 'svg';
  return undefined;
}

const formatNames: Record<PictureFormat | 'gif' | 'svg', string> = {
  jpeg: 'a JPEG', png: 'a PNG', webp: 'a WebP', avif: 'an AVIF', gif: 'a GIF', svg: 'an SVG',
};

/** Checks one picture file against its file name; `ok: false` carries the author's sentence. */
export function inspectPicture(source: PictureSource, fileName: string): Inspection {
  if (source.size > PICTURE_MAX_BYTES) {
    return { ok: false, problem: `is ${(source.size / 1_000_000).toFixed(1)} MB: pictures may be at most 10 MB, save a smaller copy` };
  }
  if (source.size < 16) return { ok: false, problem: 'is empty or far too small to be a picture' };
  const format = sniff(source.read(0, 512));
  if (format === 'svg') return { ok: false, problem: 'is an SVG drawing: pictures must be JPEG, PNG, WebP or AVIF' };
  if (format === 'gif') return { ok: false, problem: 'is a GIF: pictures must be JPEG, PNG, WebP or AVIF' };
  if (format === undefined) return { ok: false, problem: 'is not a picture Kulturbro can read: use JPEG, PNG, WebP or AVIF' };
  const extension = fileName.split('.').at(-1)?.toLowerCase() ?? '';
  if (extensionFormats[extension] !== format) {
    return { ok: false, problem: `is ${formatNames[format]} file with a .${extension} name: rename it to end in .${format === 'jpeg' ? 'jpg' : format}` };
  }
  switch (format) {
    case 'jpeg': return jpegFacts(source);
    case 'png': return pngFacts(source);
    case 'webp': return webpFacts(source);
    case 'avif': return avifFacts(source);
  }
}
