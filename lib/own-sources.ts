/**
 * A fact-checker's own sources: what a valid one is, how bad input is refused, and the
 * JSON file they are exported to and imported from. Pure: storage lives in extension/.
 */
import { datelineOf, makeSource, type Source } from './corpus';
import { parseIsoDate } from './calendar';
import { MAX_FEEDBACK_TEXT, MAX_ID, MAX_TITLE, MAX_URL, type Result } from './messages';
import { VERDICTS_BY_SEVERITY, type Verdict } from './verdict';

/** The largest text one own source may hold (about 200 pages of reporting). */
export const MAX_SOURCE_CHARS = 500_000;
/** The largest file the options page reads for import. */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;
/** The name and version written into exports; imports check them. */
export const EXPORT_FORMAT = 'karabakh-crosscheck-own-sources';
export const EXPORT_VERSION = 1;
/** The most feedback reports one import may hold (far more than a person writes). */
export const MAX_IMPORT_FEEDBACK = 10_000;
/** The longest timestamp taken (an ISO date and time is 24 characters). */
const MAX_TIMESTAMP = 40;

/** An own source as stored: a corpus source plus when it was added and changed. */
export interface OwnSource extends Source {
  addedAt: string;
  updatedAt: string;
}

/** What a person types or imports. */
export interface OwnSourceInput {
  text: string;
  outlet?: string;
  title?: string;
  date?: string;
  url?: string;
}

/** A "this verdict looks wrong" report, kept on the device and included in exports. */
export interface VerdictFeedback {
  id?: number;
  url: string;
  claim: string;
  verdict: Verdict;
  sentence: string;
  comment: string;
  at: string;
}

/** A refusal the options page can say in the user's language: `say` names the extension's message and its arguments; `error` says the same in English. */
export interface SaidRefusal {
  ok: false;
  error: string;
  say: { id: string; args: Array<string | number> };
}

const refuse = (error: string, id: string, ...args: Array<string | number>): SaidRefusal => ({ ok: false, error, say: { id, args } });

/**
 * Why an address cannot be a source's address, or null if it can: only http(s) addresses are
 * taken, so an imported `data:` or `javascript:` address never opens as a page.
 */
export function webAddressError(url: string): string | null {
  return webAddressRefusal(url)?.error ?? null;
}

// The same, as a refusal to say.
function webAddressRefusal(url: string): SaidRefusal | null {
  const shown = url.length > 80 ? `${url.slice(0, 80)}…` : url;
  const bad = refuse(`The address "${shown}" is not a web address; it must start with http:// or https://.`, 'ownError_notWeb', shown);
  if (url.length > MAX_URL) return refuse(`The address is longer than ${MAX_URL.toLocaleString('en')} characters; use the page's short address.`, 'ownError_urlTooLong', MAX_URL);
  if (!/^https?:\/\/[^\s]+$/i.test(url)) return bad;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? null : bad;
  } catch {
    return bad;
  }
}

/** Checks what a person entered; on success gives the source to store. `existing` finds duplicates. */
export function validateOwnSource(input: OwnSourceInput, existing: OwnSource[], id: string, now: string, keepAdded?: string): Result<OwnSource> {
  const text = (input.text ?? '').replace(/\r\n?/g, '\n');
  if (!text.trim()) return refuse('The source has no text. Paste the report, or import a .txt, .md or .html file.', 'ownError_noText');
  if (text.length > MAX_SOURCE_CHARS) return refuse(`The text is ${text.length.toLocaleString('en')} characters; the limit is ${MAX_SOURCE_CHARS.toLocaleString('en')}. Keep only the report itself.`, 'ownError_tooLong', text.length, MAX_SOURCE_CHARS);
  if (looksBinary(text)) return refuse('This looks like a binary file, not text. Import .txt, .md or .html files only.', 'ownError_binary');
  const date = (input.date ?? '').trim();
  if (date && parseIsoDate(date) === null) return refuse(`The date "${date}" is not a date; write it as YYYY-MM-DD or leave it empty to read it from the text.`, 'ownError_badDate', date);
  const url = (input.url ?? '').trim();
  const urlError = url ? webAddressRefusal(url) : null;
  if (urlError) return urlError;
  if ((input.outlet ?? '').trim().length > MAX_TITLE || (input.title ?? '').trim().length > MAX_TITLE) return refuse(`The outlet or title is longer than ${MAX_TITLE.toLocaleString('en')} characters; shorten it.`, 'ownError_titleTooLong', MAX_TITLE);
  const duplicate = existing.find((s) => s.id !== id && (normalise(s.text) === normalise(text) || (url && s.url === url)));
  if (duplicate) return refuse(`This source is already stored as "${duplicate.title}" (${duplicate.outlet}). Edit that one instead.`, 'ownError_duplicate', duplicate.title, duplicate.outlet);
  const inferredDate = date || datelineOf(text);
  const base = makeSource(id, text, {
    id,
    ...(input.outlet?.trim() ? { outlet: input.outlet.trim() } : {}),
    ...(input.title?.trim() ? { title: input.title.trim() } : {}),
    ...(inferredDate ? { date: inferredDate, dateBasis: date ? 'stated' : 'inferred' } : {}),
    ...(url ? { url } : {}),
  });
  return { ok: true, value: { ...base, outlet: input.outlet?.trim() || (base.outlet === 'Unknown outlet' ? 'Your source' : base.outlet), addedAt: keepAdded ?? now, updatedAt: now } };
}

function normalise(s: string): string {
  return s.replace(/\s+/g, ' ').trim().toLowerCase();
}

// Control characters other than tab and line breaks, or replacement characters from a bad decode.
function looksBinary(text: string): boolean {
  const sample = text.slice(0, 4000);
  const bad = sample.match(/[\u0000-\u0008\u000E-\u001F\uFFFD]/g)?.length ?? 0;
  return bad > Math.max(2, sample.length * 0.01);
}

/** The export file: every own source and every feedback report. */
export function exportOwnSources(sources: OwnSource[], feedback: VerdictFeedback[] = []): string {
  return JSON.stringify({ format: EXPORT_FORMAT, version: EXPORT_VERSION, sources, feedback }, null, 2);
}

/**
 * Reads an export file. Refuses anything malformed as a whole, with a message saying what is
 * wrong, so a bad file never changes what is stored.
 */
export function parseExport(text: string): Result<{ sources: OwnSource[]; feedback: VerdictFeedback[] }> {
  if (text.length > MAX_IMPORT_BYTES) return refuse(`The file is larger than ${MAX_IMPORT_BYTES / 1024 / 1024} MB; nothing was imported.`, 'importError_tooBig', MAX_IMPORT_BYTES / 1024 / 1024);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return refuse('The file is not valid JSON; nothing was imported. Choose a file exported from this extension.', 'importError_notJson');
  }
  const d = data as { format?: unknown; version?: unknown; sources?: unknown; feedback?: unknown };
  if (!d || typeof d !== 'object' || d.format !== EXPORT_FORMAT) return refuse('The file is not an export of your sources from this extension; nothing was imported.', 'importError_notExport');
  if (d.version !== EXPORT_VERSION) return refuse(`The file is export version ${String(d.version)}; this extension reads version ${EXPORT_VERSION}. Nothing was imported.`, 'importError_version', String(d.version), EXPORT_VERSION);
  if (!Array.isArray(d.sources)) return refuse('The file has no list of sources; nothing was imported.', 'importError_noSources');
  const sources: OwnSource[] = [];
  // Every field is checked, with its bound, before anything is stored: a bad entry anywhere
  // refuses the whole file.
  for (const [i, s] of d.sources.entries()) {
    const at = `source ${i + 1}`;
    // What is wrong with the entry stays in English (it names the file's fields); the sentence around it is said.
    const entry = (error: string) => refuse(error, 'importError_source', i + 1, error.replace(/^source \d+:? /, '').replace(/;? [Nn]othing was imported\.$/, ''));
    if (!s || typeof s !== 'object' || Array.isArray(s)) return entry(`${at} is not an object; nothing was imported.`);
    const o = s as Record<string, unknown>;
    for (const [key, max] of [['id', MAX_ID], ['outlet', MAX_TITLE], ['title', MAX_TITLE], ['text', MAX_SOURCE_CHARS], ['addedAt', MAX_TIMESTAMP], ['updatedAt', MAX_TIMESTAMP]] as const) {
      if (typeof o[key] !== 'string') return entry(`${at} has no "${key}"; nothing was imported.`);
      if ((o[key] as string).length > max) return entry(`${at}: "${key}" is longer than ${max.toLocaleString('en')} characters; nothing was imported.`);
    }
    if (!String(o.id).startsWith('own-')) return entry(`${at} has an id that is not an own source's ("${String(o.id)}"); nothing was imported.`);
    if (o.date !== null && (typeof o.date !== 'string' || parseIsoDate(o.date) === null)) return entry(`${at} has a date that is not YYYY-MM-DD; nothing was imported.`);
    for (const key of ['addedAt', 'updatedAt'] as const) if (!isTimestamp(o[key] as string)) return entry(`${at}: "${key}" is not a date and time; nothing was imported.`);
    if (o.dateBasis !== undefined && o.dateBasis !== 'stated' && o.dateBasis !== 'inferred') return entry(`${at}: "dateBasis" must be "stated" or "inferred"; nothing was imported.`);
    if (o.origin !== undefined && o.origin !== null && (typeof o.origin !== 'string' || o.origin.length > MAX_TITLE)) return entry(`${at}: "origin" must be a short text or null; nothing was imported.`);
    if (o.url !== undefined && o.url !== null) {
      const urlError = typeof o.url === 'string' ? webAddressError(o.url) : 'The address is not text.';
      if (urlError) return entry(`${at}: ${urlError} Nothing was imported.`);
    }
    if (!(o.text as string).trim()) return entry(`${at} has no text; nothing was imported.`);
    if (looksBinary(o.text as string)) return entry(`${at} holds binary content; nothing was imported.`);
    sources.push({
      id: o.id as string, outlet: o.outlet as string, title: o.title as string, date: (o.date as string | null) ?? null,
      dateBasis: o.dateBasis === 'stated' ? 'stated' : 'inferred', origin: typeof o.origin === 'string' ? o.origin : null,
      url: typeof o.url === 'string' ? o.url : null, text: o.text as string, addedAt: o.addedAt as string, updatedAt: o.updatedAt as string,
    });
  }
  if (new Set(sources.map((s) => s.id)).size !== sources.length) return refuse('The file lists a source twice; nothing was imported.', 'importError_twice');
  if (d.feedback !== undefined && !Array.isArray(d.feedback)) return refuse('The file\'s "feedback" is not a list; nothing was imported.', 'importError_feedbackNotList');
  const entries = (d.feedback ?? []) as unknown[];
  if (entries.length > MAX_IMPORT_FEEDBACK) return refuse(`The file holds ${entries.length.toLocaleString('en')} feedback reports; at most ${MAX_IMPORT_FEEDBACK.toLocaleString('en')} are taken. Nothing was imported.`, 'importError_tooMuchFeedback', entries.length, MAX_IMPORT_FEEDBACK);
  const feedback: VerdictFeedback[] = [];
  for (const [i, f] of entries.entries()) {
    const checked = feedbackEntry(f, `feedback report ${i + 1}`);
    if (!checked.ok) return refuse(`${checked.error}; nothing was imported.`, 'importError_feedback', i + 1, checked.error.replace(/^feedback report \d+:? /, ''));
    feedback.push(checked.value);
  }
  return { ok: true, value: { sources, feedback } };
}

function isTimestamp(s: string): boolean {
  return /^\d{4}-\d{2}-\d{2}T[\d:.]+(Z|[+-]\d{2}:\d{2})$/.test(s) && !Number.isNaN(Date.parse(s));
}

// One imported feedback report, field by field; a new object of the known fields (no id: the store gives one).
function feedbackEntry(f: unknown, at: string): Result<VerdictFeedback> {
  if (!f || typeof f !== 'object' || Array.isArray(f)) return { ok: false, error: `${at} is not an object` };
  const o = f as Record<string, unknown>;
  for (const [key, max] of [['url', MAX_URL], ['claim', MAX_TITLE], ['sentence', MAX_FEEDBACK_TEXT], ['comment', MAX_FEEDBACK_TEXT], ['at', MAX_TIMESTAMP]] as const) {
    if (typeof o[key] !== 'string') return { ok: false, error: `${at} has no "${key}" text` };
    if ((o[key] as string).length > max) return { ok: false, error: `${at}: "${key}" is longer than ${max.toLocaleString('en')} characters` };
  }
  if (!VERDICTS_BY_SEVERITY.includes(o.verdict as Verdict)) return { ok: false, error: `${at}: "verdict" must be one of ${VERDICTS_BY_SEVERITY.join(', ')}` };
  if (!isTimestamp(o.at as string)) return { ok: false, error: `${at}: "at" is not a date and time` };
  if (o.url && webAddressError(o.url as string)) return { ok: false, error: `${at}: "url" is not a web address` };
  return { ok: true, value: { url: o.url as string, claim: o.claim as string, verdict: o.verdict as Verdict, sentence: o.sentence as string, comment: o.comment as string, at: o.at as string } };
}

/** Plain text from a Markdown file: headings, emphasis, links and images reduced to their words. */
export function markdownToText(md: string): string {
  return md
    .replace(/^```[\s\S]*?^```/gm, '')
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/^#{1,6}\s+/gm, '')
    .replace(/^\s*[-*+]\s+/gm, '')
    .replace(/^>\s?/gm, '')
    .replace(/(\*\*|__|\*|_|`)(.+?)\1/g, '$2');
}

/**
 * The original page of a source at a passage, or null when it has no web address. The address
 * is checked again here, so one stored before imports were checked (a `data:` or `javascript:`
 * address) never opens as a page: the source's text in the sources view opens instead.
 */
export function originalPageAt(source: { url: string | null; text: string }, start: number, end: number): string | null {
  if (!source.url || webAddressError(source.url)) return null;
  return textFragmentUrl(source.url, source.text.slice(start, end));
}

/** A Text Fragment link that opens the original page at the quoted passage. */
export function textFragmentUrl(url: string, passage: string): string {
  const words = passage.replace(/\s+/g, ' ').trim().split(' ');
  const enc = (s: string) => encodeURIComponent(s).replace(/-/g, '%2D');
  const fragment = words.length > 8 ? `${enc(words.slice(0, 4).join(' '))},${enc(words.slice(-4).join(' '))}` : enc(words.join(' '));
  return `${url.replace(/#.*$/, '')}#:~:text=${fragment}`;
}
