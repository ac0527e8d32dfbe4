/**
 * "Send to the editors by e-mail": a `mailto:` link whose body holds the files exactly as the
 * download gives them, each after a line naming its path. Pure and small: it loads with the form.
 */
import type { NewFile } from '../entry-file.ts';

/**
 * The longest link offered: Outlook on Windows and other clients that receive the link through the
 * operating system cut or refuse addresses over 2,083 characters, so longer files are attached instead.
 */
export const MAILTO_MAX_LENGTH = 2000;

/** The line before each file in the body: `=== events/2027/foo.md ===`. */
export const fileHeading = (path: string) => `=== ${path} ===`;

/** The texts of the e-mail, in the page's language. */
export interface MailTexts {
  subject: string;
  /** First lines of the body. */
  intro: string;
  /** Said when there is a picture: a link cannot carry attachments. */
  pictureNote?: string | undefined;
  /** The whole body when the files do not fit in a link. */
  tooLong: string;
}

/** RFC 6068: a `mailto:` URL, line breaks in the body as CRLF. */
export function mailtoUrl(address: string, subject: string, body: string): string {
  const encode = (text: string) => encodeURIComponent(text.replace(/\r?\n/g, '\r\n'));
  return `mailto:${address}?subject=${encode(subject)}&body=${encode(body)}`;
}

/** The body: the intro (and the picture note), then every file after its heading line, one blank line between files. */
export function mailBody(files: readonly NewFile[], texts: MailTexts): string {
  const head = [texts.intro, texts.pictureNote].filter(Boolean).join('\n\n');
  return `${head}\n\n${files.map((file) => `${fileHeading(file.path)}\n${file.text}`).join('\n')}`;
}

/**
 * The link to offer: with the files in the body when it fits within `MAILTO_MAX_LENGTH`; else
 * (`complete: false`) with a body asking for the downloaded files to be attached.
 */
export function editorsMailto(address: string, files: readonly NewFile[], texts: MailTexts): { href: string; complete: boolean } {
  const full = mailtoUrl(address, texts.subject, mailBody(files, texts));
  if (full.length <= MAILTO_MAX_LENGTH) return { href: full, complete: true };
  return { href: mailtoUrl(address, texts.subject, texts.tooLong), complete: false };
}
