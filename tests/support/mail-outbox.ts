import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';

/** One message as the tests see it. */
export interface ReceivedMail {
  subject: string;
  to: string;
  text: string;
  html: string;
  /** Every http(s) link in the plain-text part, in order. */
  links: string[];
  file: string;
}

function decodeWords(value: string): string {
  return value
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?([^?]+)\?([QqBb])\?([^?]*)\?=/g, (_, _charset: string, encoding: string, data: string) =>
      encoding.toUpperCase() === 'B'
        ? Buffer.from(data, 'base64').toString('utf8')
        : Buffer.from(decodeQp(data.replace(/_/g, ' ')), 'latin1').toString('utf8'),
    );
}

/** Quoted-printable to a latin1 "byte string" (decode as UTF-8 afterwards). */
function decodeQp(value: string): string {
  return value.replace(/=\r?\n/g, '').replace(/=([0-9A-Fa-f]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

function splitHead(raw: string): { headers: Map<string, string>; body: string } {
  const index = raw.search(/\r?\n\r?\n/);
  const head = index < 0 ? raw : raw.slice(0, index);
  const body = index < 0 ? '' : raw.slice(index).replace(/^\r?\n\r?\n/, '');
  const headers = new Map<string, string>();
  for (const line of head.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon > 0) {
      headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
    }
  }
  return { headers, body };
}

function decodeBody(headers: Map<string, string>, body: string): string {
  const encoding = (headers.get('content-transfer-encoding') ?? '7bit').toLowerCase();
  if (encoding === 'base64') {
    return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
  }
  if (encoding === 'quoted-printable') {
    return Buffer.from(decodeQp(body), 'latin1').toString('utf8');
  }
  return body;
}

/** The text/plain and text/html parts of a (possibly multipart/alternative) message. */
export function parseMail(raw: string, file = ''): ReceivedMail {
  const { headers, body } = splitHead(raw);
  const parts: Array<{ type: string; content: string }> = [];
  const boundary = /boundary="?([^";]+)"?/i.exec(headers.get('content-type') ?? '')?.[1];
  if (boundary) {
    for (const chunk of body.split(`--${boundary}`).slice(1)) {
      if (chunk.startsWith('--')) {
        break;
      }
      const part = splitHead(chunk.replace(/^\r?\n/, ''));
      parts.push({ type: part.headers.get('content-type') ?? '', content: decodeBody(part.headers, part.body.replace(/\r?\n$/, '')) });
    }
  } else {
    parts.push({ type: headers.get('content-type') ?? 'text/plain', content: decodeBody(headers, body) });
  }
  const text = parts.find((p) => p.type.startsWith('text/plain'))?.content ?? '';
  const html = parts.find((p) => p.type.startsWith('text/html'))?.content ?? '';
  return {
    subject: decodeWords(headers.get('subject') ?? ''),
    to: decodeWords(headers.get('to') ?? ''),
    text,
    html,
    links: text.match(/https?:\/\/[^\s<>"]+/g) ?? [],
    file,
  };
}

/**
 * The newest message to `email` in `mailDir` (the API's `.eml` files), written after `after`.
 * Polls until it appears (the API sends in the background) or `timeoutMs` passes.
 */
export async function latestMailTo(
  mailDir: string,
  email: string,
  options: { after?: Date; timeoutMs?: number } = {},
): Promise<ReceivedMail> {
  const deadline = Date.now() + (options.timeoutMs ?? 5_000);
  const wanted = email.toLowerCase();
  for (;;) {
    const found = await findLatest(mailDir, wanted, options.after);
    if (found) {
      return found;
    }
    if (Date.now() > deadline) {
      throw new Error(`No mail to ${email} in ${mailDir} within ${options.timeoutMs ?? 5_000} ms`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Every message to `email` so far, oldest first (no waiting). */
export async function mailsTo(mailDir: string, email: string): Promise<ReceivedMail[]> {
  const files = await readdir(mailDir).catch(() => [] as string[]);
  const found: ReceivedMail[] = [];
  for (const name of files.filter((f) => f.endsWith('.eml')).sort()) {
    const mail = parseMail(await readFile(join(mailDir, name), 'utf8'), join(mailDir, name));
    if (mail.to.toLowerCase().includes(email.toLowerCase())) {
      found.push(mail);
    }
  }
  return found;
}

async function findLatest(mailDir: string, email: string, after: Date | undefined): Promise<ReceivedMail | null> {
  const files = (await readdir(mailDir).catch(() => [] as string[]))
    .filter((f) => f.endsWith('.eml'))
    .sort()
    .reverse();
  for (const name of files) {
    const file = join(mailDir, name);
    // The API names each file `<Date.now()>-<random>.eml`.
    if (after && Number(name.split('-')[0]) < after.getTime()) {
      continue;
    }
    const mail = parseMail(await readFile(file, 'utf8'), file);
    if (mail.to.toLowerCase().includes(email)) {
      return mail;
    }
  }
  return null;
}
