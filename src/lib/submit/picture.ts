/**
 * A picture that comes with a new entry (the form's file input, `npm run new --image`): which
 * format it really is, told by its first bytes and never by its name or the browser's MIME type,
 * whether it may be published (SPEC §1: JPEG, PNG, WebP or AVIF, never SVG, at most 10 MB), and
 * the file name it gets beside the entry. Pure, so the browser and the CLI apply the same rules.
 */

export const PICTURE_MAX_BYTES = 10 * 1024 * 1024;
/** How many leading bytes `pictureFormat` needs. */
export const PICTURE_HEAD_BYTES = 64;

export const pictureFormats = ['jpeg', 'png', 'webp', 'avif'] as const;
export type PictureFormat = (typeof pictureFormats)[number];

const extensions: Record<PictureFormat, string> = { jpeg: 'jpg', png: 'png', webp: 'webp', avif: 'avif' };

const ascii = (bytes: Uint8Array, start: number, length: number) => String.fromCharCode(...bytes.subarray(start, start + length));

/**
 * The format from the file's signature: JPEG `FF D8 FF`, PNG's eight-byte signature, WebP's
 * `RIFF….WEBP`, AVIF's ISO-BMFF `ftyp` box naming `avif`/`avis` as its major or a compatible brand
 * (HEIC, MP4 and the rest share the box but not the brand). Anything else (SVG, GIF, PDF…) is undefined.
 */
export function pictureFormat(head: Uint8Array): PictureFormat | undefined {
  if (head.length >= 3 && head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff) return 'jpeg';
  if (head.length >= 8 && [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a].every((byte, i) => head[i] === byte)) return 'png';
  if (head.length >= 12 && ascii(head, 0, 4) === 'RIFF' && ascii(head, 8, 4) === 'WEBP') return 'webp';
  if (head.length >= 12 && ascii(head, 4, 4) === 'ftyp') {
    const boxSize = ((head[0]! << 24) | (head[1]! << 16) | (head[2]! << 8) | head[3]!) >>> 0;
    const end = Math.min(boxSize, head.length);
    const brands = [ascii(head, 8, 4)];
    for (let offset = 16; offset + 4 <= end; offset += 4) brands.push(ascii(head, offset, 4));
    if (brands.includes('avif') || brands.includes('avis')) return 'avif';
  }
  return undefined;
}

/** Why a picture cannot be used; each is a rule the form translates. */
export type PictureProblem = 'pictureType' | 'pictureSize';

/** The picture's format, or what is wrong with it: an unknown format first, then its size. */
export function checkPicture(head: Uint8Array, size: number): { format: PictureFormat } | { problem: PictureProblem } {
  const format = pictureFormat(head);
  if (!format) return { problem: 'pictureType' };
  if (size > PICTURE_MAX_BYTES) return { problem: 'pictureSize' };
  return { format };
}

/** The CLI's sentence for a problem (the form has its own, translated). */
export const pictureProblemText: Record<PictureProblem, string> = {
  pictureType: 'must be a JPEG, PNG, WebP or AVIF picture (SVG and other formats are not published); told by its content, not its name',
  pictureSize: `must be at most ${PICTURE_MAX_BYTES / 1024 / 1024} MB`,
};

/** `2027-06-12-varkonsert.jpg`: the entry's id with the extension of the picture's real format. */
export function pictureFileName(entryId: string, format: PictureFormat): string {
  return `${entryId}.${extensions[format]}`;
}
