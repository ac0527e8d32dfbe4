/**
 * Getting a source's bytes: a local file, or an https (or webcal, read as https) address with a
 * time-out on every request, a bounded number of redirects and a size limit. Nothing else is
 * fetched: no plain http, no other schemes. Tests reach their local server over https with a
 * self-signed certificate they pass as `ca` (see docs/decisions.md).
 */
import { readFile, stat } from 'node:fs/promises';
import { request } from 'node:https';

export const MAX_SOURCE_BYTES = 10 * 1024 * 1024;
export const MAX_REDIRECTS = 5;
export const DEFAULT_TIMEOUT_MS = 20_000;

export interface FetchOptions {
  timeoutMs?: number;
  maxBytes?: number;
  /** Extra trusted certificate (PEM), for tests' local https server only. */
  ca?: string | Buffer;
}

/** What a source turned out to be. */
export interface SourceText {
  kind: 'icalendar' | 'html';
  text: string;
}

/** A source that cannot be read: `message` is the summary's line. */
export class SourceError extends Error {}

/** webcal:// is https:// (RFC 7986 usage); anything but https is refused. */
export function httpsAddress(location: string): URL {
  let url: URL;
  try {
    url = new URL(location.replace(/^webcals?:\/\//i, 'https://'));
  } catch {
    throw new SourceError('is not a file or a web address');
  }
  if (url.protocol !== 'https:') throw new SourceError(`only https:// and webcal:// addresses are read (got ${url.protocol.replace(/:$/, '')})`);
  return url;
}

export const isAddress = (location: string) => /^[a-z][a-z0-9+.-]*:\/\//i.test(location);

function get(url: URL, options: FetchOptions, redirects: number): Promise<Buffer> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const maxBytes = options.maxBytes ?? MAX_SOURCE_BYTES;
  return new Promise((resolve, reject) => {
    const req = request(url, { method: 'GET', headers: { 'user-agent': 'Kulturbro-import/1 (+https://github.com/kulturbro)', accept: 'text/calendar, text/html;q=0.9, */*;q=0.5' }, ...(options.ca ? { ca: options.ca } : {}) }, (res) => {
      const status = res.statusCode ?? 0;
      if (status >= 300 && status < 400 && res.headers.location) {
        res.resume();
        clearTimeout(timer);
        if (redirects >= MAX_REDIRECTS) return reject(new SourceError(`too many redirects (more than ${MAX_REDIRECTS}; a redirect loop?)`));
        let next: URL;
        try {
          next = httpsAddress(new URL(res.headers.location, url).href);
        } catch (error) {
          return reject(new SourceError(`redirects to ${res.headers.location}: ${(error as Error).message}`));
        }
        return get(next, options, redirects + 1).then(resolve, reject);
      }
      if (status !== 200) {
        res.resume();
        clearTimeout(timer);
        return reject(new SourceError(`the server answered HTTP ${status}${res.statusMessage ? ` ${res.statusMessage}` : ''}`));
      }
      const declared = Number(res.headers['content-length']);
      if (declared > maxBytes) {
        req.destroy();
        clearTimeout(timer);
        return reject(new SourceError(`is larger than ${maxBytes / 1024 / 1024} MB (${declared} bytes)`));
      }
      const chunks: Buffer[] = [];
      let size = 0;
      res.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > maxBytes) {
          req.destroy(new SourceError(`is larger than ${maxBytes / 1024 / 1024} MB`));
          return;
        }
        chunks.push(chunk);
      });
      res.on('end', () => {
        clearTimeout(timer);
        resolve(Buffer.concat(chunks));
      });
      res.on('error', (error) => {
        clearTimeout(timer);
        reject(error instanceof SourceError ? error : new SourceError(`the download broke off: ${error.message}`));
      });
    });
    // One deadline for the whole request, body included: a server that trickles is as slow as one that waits.
    const timer = setTimeout(() => req.destroy(new SourceError(`no complete answer within ${timeoutMs / 1000} s (time-out)`)), timeoutMs);
    req.on('error', (error) => {
      clearTimeout(timer);
      reject(error instanceof SourceError ? error : new SourceError(`could not be fetched: ${error.message}`));
    });
    req.end();
  });
}

/** What the bytes are: iCalendar, an HTML page, or something this importer cannot read. */
export function sniff(bytes: Buffer): SourceText {
  if (bytes.length === 0) throw new SourceError('is empty');
  const head = bytes.subarray(0, 4096);
  if (head.includes(0)) throw new SourceError('is a binary file, not iCalendar or a web page');
  const text = bytes.toString('utf8').replace(/^\uFEFF/, '');
  if (/^\s*BEGIN:VCALENDAR/i.test(text)) return { kind: 'icalendar', text };
  if (/^\s*(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|[a-z][a-z0-9]*)\b/i.test(text)) return { kind: 'html', text };
  if (/^\s*BEGIN:/i.test(text)) throw new SourceError(`is not iCalendar: it starts with ${text.trim().split(/\r?\n/)[0]!.slice(0, 40)} (line 1)`);
  throw new SourceError('is neither iCalendar (BEGIN:VCALENDAR) nor an HTML page (line 1)');
}

/** The source's text, from a file or over https. */
export async function readSourceText(location: string, options: FetchOptions = {}): Promise<SourceText> {
  if (isAddress(location)) return sniff(await get(httpsAddress(location), options, 0));
  const size = await stat(location).then((s) => s.size, () => undefined);
  if (size === undefined) throw new SourceError('no such file');
  if (size > (options.maxBytes ?? MAX_SOURCE_BYTES)) throw new SourceError(`is larger than ${MAX_SOURCE_BYTES / 1024 / 1024} MB`);
  return sniff(await readFile(location));
}

/** An image from a page, for beside the entry: JPEG, PNG, WebP or AVIF by its first bytes. */
export async function fetchImage(address: string, options: FetchOptions = {}): Promise<{ bytes: Buffer; ext: string }> {
  const bytes = await get(httpsAddress(address), options, 0);
  const ext =
    bytes[0] === 0xff && bytes[1] === 0xd8 ? 'jpg'
      : bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) ? 'png'
        : bytes.subarray(0, 4).toString('latin1') === 'RIFF' && bytes.subarray(8, 12).toString('latin1') === 'WEBP' ? 'webp'
          : bytes.subarray(4, 12).toString('latin1').startsWith('ftypavi') ? 'avif'
            : undefined;
  if (!ext) throw new SourceError('is not a JPEG, PNG, WebP or AVIF picture');
  return { bytes, ext };
}
