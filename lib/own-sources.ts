/**
 * A fact-checker's own sources: what a valid one is, how bad input is refused, and the
 * JSON file they are exported to and imported from. Pure: storage lives in extension/.
 */
import { datelineOf, makeSource, type Source } from './corpus';
import { parseIsoDate } from './calendar';
import type { Result } from './messages';

/** The largest text one own source may hold (about 200 pages of reporting). */
export const MAX_SOURCE_CHARS = 500_000;
/** The largest file the options page reads for import. */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;
/** The name and version written into exports; imports check them. */
export const EXPORT_FORMAT = 'karabakh-crosscheck-own-sources';
export const EXPORT_VERSION = 1;

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
  verdict: string;
  sentence: string;
  comment: string;
  at: string;
}

/** Checks what a person entered; on success gives the source to store. `existing` finds duplicates. */
export function validateOwnSource(input: OwnSourceInput, existing: OwnSource[], id: string, now: string, keepAdded?: string): Result<OwnSource> {
  const text = (input.text ?? '').replace(/\r\n?/g, '\n');
  if (!text.trim()) return { ok: false, error: 'The source has no text. Paste the report, or import a .txt, .md or .html file.' };
  if (text.length > MAX_SOURCE_CHARS) return { ok: false, error: `The text is ${text.length.toLocaleString('en')} characters; the limit is ${MAX_SOURCE_CHARS.toLocaleString('en')}. Keep only the report itself.` };
  if (looksBinary(text)) return { ok: false, error: 'This looks like a binary file, not text. Import .txt, .md or .html files only.' };
  const date = (input.date ?? '').trim();
  if (date && parseIsoDate(date) === null) return { ok: false, error: `The date "${date}" is not a date; write it as YYYY-MM-DD or leave it empty to read it from the text.` };
  const url = (input.url ?? '').trim();
  if (url && !/^https?:\/\/[^\s]+$/i.test(url)) return { ok: false, error: `The address "${url}" is not a web address; it must start with http:// or https://.` };
  const duplicate = existing.find((s) => s.id !== id && (normalise(s.text) === normalise(text) || (url && s.url === url)));
  if (duplicate) return { ok: false, error: `This source is already stored as "${duplicate.title}" (${duplicate.outlet}). Edit that one instead.` };
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
  if (text.length > MAX_IMPORT_BYTES) return { ok: false, error: `The file is larger than ${MAX_IMPORT_BYTES / 1024 / 1024} MB; nothing was imported.` };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, error: 'The file is not valid JSON; nothing was imported. Choose a file exported from this extension.' };
  }
  const d = data as { format?: unknown; version?: unknown; sources?: unknown; feedback?: unknown };
  if (!d || typeof d !== 'object' || d.format !== EXPORT_FORMAT) return { ok: false, error: 'The file is not an export of your sources from this extension; nothing was imported.' };
  if (d.version !== EXPORT_VERSION) return { ok: false, error: `The file is export version ${String(d.version)}; this extension reads version ${EXPORT_VERSION}. Nothing was imported.` };
  if (!Array.isArray(d.sources)) return { ok: false, error: 'The file has no list of sources; nothing was imported.' };
  const sources: OwnSource[] = [];
  for (const [i, s] of d.sources.entries()) {
    const at = `source ${i + 1}`;
    if (!s || typeof s !== 'object') return { ok: false, error: `${at} is not an object; nothing was imported.` };
    const o = s as Record<string, unknown>;
    for (const key of ['id', 'outlet', 'title', 'text', 'addedAt', 'updatedAt'] as const) {
      if (typeof o[key] !== 'string') return { ok: false, error: `${at} has no "${key}"; nothing was imported.` };
    }
    if (!String(o.id).startsWith('own-')) return { ok: false, error: `${at} has an id that is not an own source's ("${String(o.id)}"); nothing was imported.` };
    if (o.date !== null && (typeof o.date !== 'string' || parseIsoDate(o.date) === null)) return { ok: false, error: `${at} has a date that is not YYYY-MM-DD; nothing was imported.` };
    if ((o.text as string).length > MAX_SOURCE_CHARS) return { ok: false, error: `${at} is longer than ${MAX_SOURCE_CHARS.toLocaleString('en')} characters; nothing was imported.` };
    if (looksBinary(o.text as string)) return { ok: false, error: `${at} holds binary content; nothing was imported.` };
    sources.push({
      id: o.id as string, outlet: o.outlet as string, title: o.title as string, date: (o.date as string | null) ?? null,
      dateBasis: o.dateBasis === 'stated' ? 'stated' : 'inferred', origin: typeof o.origin === 'string' ? o.origin : null,
      url: typeof o.url === 'string' ? o.url : null, text: o.text as string, addedAt: o.addedAt as string, updatedAt: o.updatedAt as string,
    });
  }
  if (new Set(sources.map((s) => s.id)).size !== sources.length) return { ok: false, error: 'The file lists a source twice; nothing was imported.' };
  const feedback = Array.isArray(d.feedback) ? (d.feedback as VerdictFeedback[]).filter((f) => f && typeof f.claim === 'string' && typeof f.verdict === 'string') : [];
  return { ok: true, value: { sources, feedback } };
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

/** A Text Fragment link that opens the original page at the quoted passage. */
export function textFragmentUrl(url: string, passage: string): string {
  const words = passage.replace(/\s+/g, ' ').trim().split(' ');
  const enc = (s: string) => encodeURIComponent(s).replace(/-/g, '%2D');
  const fragment = words.length > 8 ? `${enc(words.slice(0, 4).join(' '))},${enc(words.slice(-4).join(' '))}` : enc(words.join(' '));
  return `${url.replace(/#.*$/, '')}#:~:text=${fragment}`;
}
