/**
 * The one message protocol between the content script, the background, the popup and the
 * extension pages. Each request names its type; each reply is a Result, so errors cross as
 * values, never as thrown exceptions.
 */
import type { CheckedClaim } from './check';
import type { SourceMeta } from './corpus';
import type { Report } from './report';
import type { PassageHit } from './search';
import { VERDICTS_BY_SEVERITY, type Verdict } from './verdict';

/** What a page tells about itself when it asks for verdicts. */
export interface PageInfo {
  url: string;
  title: string;
  host: string;
  /** The page's publication day (YYYY-MM-DD) from its metadata, if any. */
  date: string | null;
}

/**
 * What a page needs to highlight a claim and a list needs to name it: where it is, what it says,
 * how it was understood and its verdict. The evidence is fetched when the claim is opened.
 */
export type CompactClaim = Pick<CheckedClaim, 'start' | 'end' | 'text' | 'verdict' | 'sentence' | 'understood'>;

/** A page as the popup lists it: its claims compact, however many there are. */
export type PageSummary = Omit<Report, 'claims'> & { claims: CompactClaim[]; host: string; enabled: boolean; scanned: boolean };

/** One source's statement of a measure, as the compare view shows it. */
export interface StatementRow {
  source: string;
  outlet: string;
  date: string | null;
  own: boolean;
  raw: string;
  value: number;
  low: number | null;
  high: number | null;
  unit: string;
  measure: string;
  event: string;
  asOf: string | null;
  quote: string;
  figureInQuote: [number, number];
  passage: [number, number];
}

/**
 * The most page text the background judges in one request (UTF-16 units). Finding claims is
 * linear in the text, and this much takes about a second on a slow machine; the reader stops
 * reading a page there.
 */
export const MAX_PAGE_TEXT = 2_000_000;

/** A reply: the value, or an error a person can read. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: string };

/** Requests the background answers, with their payloads and replies. */
export interface BackgroundApi {
  /**
   * content → background: find the claims in a page's visible text and judge them (off the
   * page's main thread). The reply is compact; the full verdicts stay in the background for the
   * tab, fetched when a card opens (`claim-details`) or the popup asks (`tab-claims`).
   */
  judge: { request: { page: PageInfo; text: string }; reply: CompactClaim[] };
  /** content → background: one claim's full verdict, evidence and explanation, by its place in the judge reply. */
  'claim-details': { request: { index: number }; reply: CheckedClaim };
  /** content → background: every claim of the tab in full, for the popup's report and exports. */
  'tab-claims': { request: Record<never, never>; reply: CheckedClaim[] };
  /** content → background: the verdicts now on the page, for the toolbar badge (none clears it) and the opt-in history. */
  'page-verdicts': { request: { verdicts: Verdict[]; page?: PageInfo }; reply: null };
  /** content, popup → background: "this verdict looks wrong", kept on the device. */
  'record-feedback': { request: { feedback: { url: string; claim: string; verdict: string; sentence: string; comment: string } }; reply: null };
  /** options page → background: own sources were added, changed or removed; match against them now. */
  'own-sources-changed': { request: Record<never, never>; reply: null };
  /** extension pages → background: can own sources be used, and if not, why. */
  'store-status': { request: Record<never, never>; reply: { available: boolean; error: string | null; ownSources: number } };
  /** sources page → background: every statement of one measure, for the side-by-side view and the timeline. */
  'list-statements': { request: { measure: string }; reply: StatementRow[] };
  /** content, popup → background: open a source's text at a passage in an extension page. */
  'open-source': { request: { id: string; start: number; end: number }; reply: null };
  /** popup → background: check pasted or selected text. */
  'check-text': { request: { text: string; date?: string }; reply: CheckedClaim[] };
  /** extension pages → background: a source's metadata, text, and where its figures stand. */
  'get-source': { request: { id: string }; reply: SourceMeta & { text: string; figures: Array<{ start: number; end: number; measure: string }> } };
  /** extension pages → background: the measures the corpus states, with how many statements each. */
  'list-measures': { request: Record<never, never>; reply: Array<{ measure: string; label: string; count: number }> };
  /** content, popup → background: open the compare view of a measure with the claim drawn on the timeline. */
  'open-compare': { request: { measure: string; claim?: { text: string; value: number; asOf: string | null } }; reply: null };
  /** extension pages → background: free-text search over the corpus's sentences. */
  'search-sources': { request: { query: string }; reply: PassageHit[] };
  /** extension pages → background: every source's metadata and figure count. */
  'list-sources': { request: Record<never, never>; reply: Array<SourceMeta & { figures: number }> };
}

/** Requests a content script answers (sent by the popup or the background to one tab). */
export interface ContentApi {
  /** The page's claims, compact, and whether it was read (`claims` is empty when it has nothing about the region). */
  'get-summary': { request: Record<never, never>; reply: PageSummary };
  /** One listed claim in full: its verdict, evidence and explanation, by its place in the summary. */
  'claim-details': { request: { index: number }; reply: CheckedClaim };
  /** The page's report with every claim in full, for exports. */
  'get-report': { request: Record<never, never>; reply: Report };
  /** Scroll to a claim and flash it. */
  'scroll-to-claim': { request: { index: number }; reply: null };
  /** Switch highlights off or on (keyboard command). */
  'toggle-highlights': { request: Record<never, never>; reply: { on: boolean } };
  /** Step to the next claim and open its card (keyboard command). */
  'next-claim': { request: Record<never, never>; reply: null };
  /** Read the page now (the popup's "Check this page", when automatic scanning is off). */
  rescan: { request: Record<never, never>; reply: null };
}

/** A request as it travels: its type and payload. */
export type Message<Api, K extends keyof Api = keyof Api> = K extends keyof Api
  ? { type: K } & (Api[K] extends { request: infer R } ? R : never)
  : never;

/** The reply type of one request type. */
export type ReplyOf<Api, K extends keyof Api> = Api[K] extends { reply: infer R } ? R : never;

const BACKGROUND_TYPES: ReadonlyArray<keyof BackgroundApi> = ['judge', 'claim-details', 'tab-claims', 'page-verdicts', 'open-source', 'check-text', 'get-source', 'list-sources', 'search-sources', 'record-feedback', 'own-sources-changed', 'store-status', 'list-statements', 'list-measures', 'open-compare'];
const CONTENT_TYPES: ReadonlyArray<keyof ContentApi> = ['get-summary', 'claim-details', 'get-report', 'scroll-to-claim', 'toggle-highlights', 'next-claim', 'rescan'];

const isObject = (x: unknown): x is Record<string, unknown> => !!x && typeof x === 'object' && !Array.isArray(x);

/**
 * Checks that an unknown value is a well-formed background request. Everything that arrives
 * is treated as untrusted: a wrong shape is refused with a reason, never half-handled.
 */
export function parseBackgroundMessage(x: unknown): Result<Message<BackgroundApi>> {
  if (!isObject(x) || typeof x.type !== 'string' || !BACKGROUND_TYPES.includes(x.type as keyof BackgroundApi)) return { ok: false, error: 'unknown message' };
  const bad = (what: string): Result<never> => ({ ok: false, error: `${x.type}: ${what}` });
  switch (x.type) {
    case 'judge': {
      const page = x.page;
      if (!isObject(page) || typeof page.url !== 'string' || typeof page.title !== 'string' || typeof page.host !== 'string') return bad('page must have url, title and host');
      if (page.date !== null && (typeof page.date !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(page.date))) return bad('page.date must be YYYY-MM-DD or null');
      if (typeof x.text !== 'string' || x.text.length > MAX_PAGE_TEXT) return bad(`text must be a string of at most ${MAX_PAGE_TEXT.toLocaleString('en')} characters`);
      break;
    }
    case 'claim-details':
      if (!Number.isInteger(x.index) || (x.index as number) < 0) return bad('index must be a whole number');
      break;
    case 'page-verdicts':
      if (!Array.isArray(x.verdicts) || !x.verdicts.every((v) => VERDICTS_BY_SEVERITY.includes(v as Verdict))) return bad('verdicts must be a list of verdicts');
      if (x.page !== undefined && (!isObject(x.page) || typeof x.page.url !== 'string' || typeof x.page.title !== 'string')) return bad('page must have url and title');
      break;
    case 'record-feedback': {
      const f = x.feedback;
      if (!isObject(f) || !['url', 'claim', 'verdict', 'sentence', 'comment'].every((k) => typeof f[k] === 'string')) return bad('feedback needs url, claim, verdict, sentence and comment');
      if ((f.comment as string).length > 5000 || (f.sentence as string).length > 5000) return bad('feedback is too long (5,000 characters at most)');
      break;
    }
    case 'list-statements':
      if (typeof x.measure !== 'string' || x.measure.length > 100) return bad('measure must be a measure id');
      break;
    case 'open-compare': {
      if (typeof x.measure !== 'string' || x.measure.length > 100) return bad('measure must be a measure id');
      const c = x.claim;
      if (c !== undefined && (!isObject(c) || typeof c.text !== 'string' || typeof c.value !== 'number' || (c.asOf !== null && typeof c.asOf !== 'string'))) return bad('claim needs text, value and asOf');
      break;
    }
    case 'open-source':
      if (typeof x.id !== 'string' || !Number.isInteger(x.start) || !Number.isInteger(x.end)) return bad('needs id, start and end');
      break;
    case 'check-text':
      if (typeof x.text !== 'string') return bad('text must be a string');
      if (x.text.length > 2_000_000) return bad('text is longer than 2,000,000 characters; check a shorter part');
      if (x.date !== undefined && (typeof x.date !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(x.date))) return bad('date must be YYYY-MM-DD');
      break;
    case 'get-source':
      if (typeof x.id !== 'string') return bad('id must be a string');
      break;
    case 'search-sources':
      if (typeof x.query !== 'string' || x.query.length > 500) return bad('query must be text of at most 500 characters');
      break;
  }
  return { ok: true, value: x as Message<BackgroundApi> };
}

/** Checks that an unknown value is a well-formed content-script request. */
export function parseContentMessage(x: unknown): Result<Message<ContentApi>> {
  if (!isObject(x) || typeof x.type !== 'string' || !CONTENT_TYPES.includes(x.type as keyof ContentApi)) return { ok: false, error: 'unknown message' };
  if ((x.type === 'scroll-to-claim' || x.type === 'claim-details') && (!Number.isInteger(x.index) || (x.index as number) < 0)) return { ok: false, error: `${x.type}: index must be a whole number` };
  return { ok: true, value: x as Message<ContentApi> };
}

/** Who sent a message, as the browser reports it. */
export interface SenderInfo {
  /** The sending extension's id. */
  id?: string;
  /** Present when the sender is a tab (a content script, or an extension page open in a tab). */
  tab?: { id?: number };
  url?: string;
}

/**
 * Which part of the extension may ask what. Content scripts run inside web pages, so they may
 * only judge their own page, read its verdicts, record feedback and open the sources view;
 * reading, searching or changing sources and checking arbitrary text is for extension pages.
 * Messages from any other extension are refused.
 */
export function senderMayAsk(type: keyof BackgroundApi, sender: SenderInfo, extensionId: string, extensionOrigin: string): Result<null> {
  if (sender.id !== extensionId) return { ok: false, error: 'messages are taken from this extension only' };
  const fromExtensionPage = (sender.url ?? '').startsWith(extensionOrigin);
  const fromContentScript = !!sender.tab && !fromExtensionPage;
  const contentOnly: ReadonlyArray<keyof BackgroundApi> = ['judge', 'claim-details', 'tab-claims', 'page-verdicts'];
  const either: ReadonlyArray<keyof BackgroundApi> = ['open-source', 'open-compare', 'record-feedback'];
  const ok = contentOnly.includes(type) ? fromContentScript : either.includes(type) ? fromContentScript || fromExtensionPage : fromExtensionPage;
  return ok ? { ok: true, value: null } : { ok: false, error: `${type} is not available to this sender` };
}
