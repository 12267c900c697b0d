import { isoOfDay } from './calendar';
import { extractFigures } from './figures';
import { splitPassages, type Span } from './passages';

/** What the engine knows of a report: who published it, when, and whether it carries wire copy. */
export interface SourceMeta {
  /** The file name without `.txt`. */
  id: string;
  outlet: string;
  title: string;
  /** Publication day (YYYY-MM-DD), when known. */
  date: string | null;
  /** `stated` when the text gives the date; `inferred` when a cataloguer or the engine deduced it. */
  dateBasis: 'stated' | 'inferred';
  /** The agency whose copy the report carries (AP, AFP, "newswires"), if any. */
  origin: string | null;
  url: string | null;
}

/** A report of the corpus: its metadata and full text. */
export interface Source extends SourceMeta {
  text: string;
}

/** A problem with the corpus or its manifest, worded for the person who has to fix it. */
export class CorpusError extends Error {
  override name = 'CorpusError';
}

/** One entry of `sources.json`: everything but the id may be left out and is then inferred. */
export type ManifestEntry = Partial<Omit<SourceMeta, 'id'>> & { id: string };

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Checks a parsed `sources.json` and returns its entries by id; `where` names the file in errors. */
export function parseManifest(data: unknown, where: string): Map<string, ManifestEntry> {
  const list = Array.isArray(data) ? data : (data as { sources?: unknown })?.sources;
  if (!Array.isArray(list)) throw new CorpusError(`${where}: expected a JSON array of sources (or {"sources": [...]}); see seeds/sources.json for the shape`);
  const out = new Map<string, ManifestEntry>();
  list.forEach((entry: unknown, i: number) => {
    const at = `${where}: entry ${i + 1}`;
    if (!entry || typeof entry !== 'object') throw new CorpusError(`${at} is not an object`);
    const e = entry as Record<string, unknown>;
    if (typeof e.id !== 'string' || !e.id) throw new CorpusError(`${at} has no "id"; use the file name without .txt`);
    if (out.has(e.id)) throw new CorpusError(`${at}: id "${e.id}" appears twice; each source needs one entry`);
    for (const key of ['outlet', 'title', 'origin', 'url'] as const) {
      if (e[key] !== undefined && e[key] !== null && typeof e[key] !== 'string') throw new CorpusError(`${at} (${e.id}): "${key}" must be text`);
    }
    if (e.date !== undefined && e.date !== null && (typeof e.date !== 'string' || !DATE.test(e.date))) {
      throw new CorpusError(`${at} (${e.id}): date "${String(e.date)}" is not YYYY-MM-DD`);
    }
    if (e.dateBasis !== undefined && e.dateBasis !== 'stated' && e.dateBasis !== 'inferred') {
      throw new CorpusError(`${at} (${e.id}): dateBasis must be "stated" or "inferred"`);
    }
    out.set(e.id, e as ManifestEntry);
  });
  return out;
}

// Lines of the saved page that are not reporting: appeals, prompts, link lists, sharing.
const BOILERPLATE = new RegExp(
  [
    String.raw`^(?:read more|related|see also|more on this|share|share this|advertisement|sponsored|subscribe|sign up|follow us|message on facebook|thank you for registering|please refresh|stay up to date|notifications can be managed)\b`,
    String.raw`\b(?:your support|your donation|donate|subscribe|subscription|newsletter|paywalls?|log(?:ged)? ?in|sign up|cookies?|is not responsible for the content|all rights reserved|notifications? from)\b`,
  ].join('|'),
  'iu',
);
const LINK_LIST_HEAD = /^(?:read more|related|more on|see also|most read|recommended)\b.*:?\s*$/iu;

/** Marks the passages of a report that are page boilerplate rather than reporting. */
export function boilerplateMask(text: string, passages: Span[] = splitPassages(text)): boolean[] {
  const mask = passages.map((p) => BOILERPLATE.test(text.slice(p.start, p.end)));
  // After "Read more on Sky News:" come headline links: short lines with no closing period.
  for (let i = 0; i < passages.length; i++) {
    const line = text.slice(passages[i]!.start, passages[i]!.end);
    if (!LINK_LIST_HEAD.test(line) || line.length > 80) continue;
    for (let j = i + 1; j < passages.length; j++) {
      const next = text.slice(passages[j]!.start, passages[j]!.end);
      if (next.split(/\s+/).length > 14 || /[.!?]["'”’]?$/u.test(next)) break;
      mask[j] = true;
    }
  }
  return mask;
}

/** Builds a source from its file: manifest fields where given, inferred ones elsewhere. */
export function makeSource(id: string, text: string, entry?: ManifestEntry): Source {
  const passages = splitPassages(text);
  const mask = boilerplateMask(text, passages);
  const inferredDate = entry?.date ? null : datelineOf(text, passages);
  return {
    id,
    outlet: entry?.outlet ?? outletOf(text) ?? 'Unknown outlet',
    title: entry?.title ?? titleOf(text, passages, mask) ?? id,
    date: entry?.date ?? inferredDate,
    dateBasis: entry?.date ? (entry.dateBasis ?? 'inferred') : 'inferred',
    origin: entry?.origin ?? null,
    url: entry?.url ?? null,
    text,
  };
}

function titleOf(text: string, passages: Span[], mask: boolean[]): string | null {
  const k = passages.findIndex((_, i) => !mask[i]);
  if (k < 0) return null;
  const line = text.slice(passages[k]!.start, passages[k]!.end);
  return line.length > 200 ? `${line.slice(0, 197)}…` : line;
}

/** The first full date in the opening lines of a report (its dateline), as YYYY-MM-DD. */
export function datelineOf(text: string, passages: Span[] = splitPassages(text)): string | null {
  for (const p of passages.slice(0, 8)) {
    const line = text.slice(p.start, p.end);
    if (line.length > 400) continue;
    for (const f of extractFigures(line, 'en')) {
      if (f.unit === 'date' && f.date?.year !== undefined && f.date.month !== undefined && f.date.day !== undefined && Number.isFinite(f.low)) return isoOfDay(f.low);
    }
  }
  return null;
}

// Where a saved page names its publisher: "Read more on Sky News", "© Reuters".
const OUTLET_PATTERNS = [
  /read more on ([\p{Lu}][\p{L}&' ]{1,40}?)\s*:?\s*$/imu,
  /notifications from (the [\p{Lu}][\p{L}]+|[\p{Lu}][\p{L}]+(?: [\p{Lu}][\p{L}]+)?)/u,
  /(?:©|copyright)\s*(?:\d{4}\s+)?([\p{Lu}][\p{L}&' ]{1,40}?)(?:[.,]|\s*$)/imu,
  /speaking to ([\p{Lu}][\p{L}]+(?: [\p{Lu}][\p{L}]+)?),/u,
];

function outletOf(text: string): string | null {
  for (const re of OUTLET_PATTERNS) {
    const m = re.exec(text);
    if (m) return m[1]!.trim();
  }
  return null;
}
