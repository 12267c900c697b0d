/**
 * The one message protocol between the content script, the background, the popup and the
 * extension pages. Every request is declared once, in `BACKGROUND_REQUESTS` (requests to the
 * background) or `CONTENT_REQUESTS` (to a tab's content script): its direction (the table it is
 * in, and `from`, who may send it), the validator of its payload (with the size bound of every
 * field) and its reply type. The request and reply types, the validators
 * and the background's handler table are all derived from those declarations, so a handler
 * cannot reply with the wrong shape and a new request cannot skip validation. Replies are
 * values: errors cross as a code and a sentence, never as thrown exceptions.
 */
import type { CheckedClaim } from './check';
import type { CorpusCoverage } from './citation';
import type { MessageTable } from './message-format';
import type { SaidClaim } from './explanation-steps';
import type { PackedSummary } from './page-summary';
import type { SourceMeta } from './corpus';
import type { Report } from './report';
import type { PassageHit } from './search';
import type { StatementListing } from './statements/listing';
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
export type CompactClaim = Pick<CheckedClaim, 'start' | 'end' | 'text' | 'verdict' | 'sentence' | 'understood'> & Partial<Pick<CheckedClaim, 'kind' | 'strength'>>;

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

/** What the user allows to be recorded; kept where only extension pages can change it. */
export interface Privacy {
  /** Keep a history of checked pages (origin and path only). */
  historyOn: boolean;
  /** Record history and feedback from private (incognito) windows too. */
  recordIncognito: boolean;
}

/** Nothing is recorded until the user says so, and never from private windows by default. */
export const DEFAULT_PRIVACY: Privacy = { historyOn: false, recordIncognito: false };

/**
 * The most page text the background judges in one request (UTF-16 units). Finding claims is
 * linear in the text, and this much takes about a second on a slow machine; the reader stops
 * reading a page there.
 */
export const MAX_PAGE_TEXT = 2_000_000;
/** The most claims (and so verdicts) one page may report: a claim takes more than 20 characters of text. */
export const MAX_CLAIMS = 100_000;
/** The longest page address taken (browsers themselves cut addresses near this length). */
export const MAX_URL = 8_192;
/** The longest page title, host name, claim or measure id taken. */
export const MAX_TITLE = 1_000;
/** The longest sentence or comment a feedback report keeps. */
export const MAX_FEEDBACK_TEXT = 5_000;
/** The longest search query. */
export const MAX_QUERY = 500;
/** The longest source id (bundled ids are short; own ids are `own-` and a UUID). */
export const MAX_ID = 200;
/** The furthest offset into a source (own sources hold at most 500,000 characters; see own-sources.ts). */
export const MAX_SOURCE_OFFSET = 500_000;

/**
 * Why a request failed, for code to branch on: `unknown-type` (no such request), `invalid`
 * (a malformed payload), `too-large` (a field over its bound), `forbidden` (the sender may not
 * ask this), `expired` (the page's verdicts are no longer held), `not-found`, `unavailable`
 * (storage or the index cannot be used), `not-recorded` (privacy settings keep it from being
 * stored), `failed` (an unexpected error), `unreachable` (the message was not delivered).
 */
export type ErrorCode = 'unknown-type' | 'invalid' | 'too-large' | 'forbidden' | 'expired' | 'not-found' | 'unavailable' | 'not-recorded' | 'failed' | 'unreachable';

/** A reply: the value, or an error a person can read (with its code when it crossed a boundary). */
export type Result<T> = { ok: true; value: T } | { ok: false; error: string; code?: ErrorCode };

/** A reply that crossed the message boundary: an error always carries its code. */
export type Reply<T> = { ok: true; value: T } | { ok: false; code: ErrorCode; error: string };

/** An error reply with its code. */
export function refusal(code: ErrorCode, error: string): { ok: false; code: ErrorCode; error: string } {
  return { ok: false, code, error };
}

// ---------------------------------------------------------------------------------------------
// Validators. Each reads one field of untrusted data and returns it, or throws a Refusal that
// parse*Message turns into a reply; they read only declared fields, so depth is bounded. This
// file is bundled into the content script, which must stay small: hence the terse code, and the
// pure annotations that let the bundler drop the background's table from it.

type Refusal = ['invalid' | 'too-large', string];
function refuse(code: Refusal[0], message: string): never {
  throw [code, message] as Refusal;
}

/** Reads one field of an untrusted payload, returning it typed or throwing a Refusal. */
export type Validator<T> = ((x: unknown, at: string) => T) & { optional?: true };

const isObject = (x: unknown): x is Record<string, unknown> => !!x && typeof x === 'object' && !Array.isArray(x);
// Own properties only: a payload's prototype is never read.
const field = (o: object, key: string): unknown => (Object.hasOwn(o, key) ? (o as Record<string, unknown>)[key] : undefined);

const text =
  (max: number): Validator<string> =>
  (x, at) => {
    if (typeof x !== 'string') refuse('invalid', `${at} must be text`);
    if (x.length > max) refuse('too-large', `${at} is ${x.length.toLocaleString('en')} characters; at most ${max.toLocaleString('en')} are taken`);
    return x;
  };
const whole =
  (max: number): Validator<number> =>
  (x, at) => {
    // Number.isInteger is false for anything but a number.
    const n = x as number;
    if (!Number.isInteger(n) || n < 0) refuse('invalid', `${at} must be a whole number`);
    if (n > max) refuse('too-large', `${at} is over ${max}`);
    return n;
  };
const finite: Validator<number> = (x, at) => {
  if (typeof x !== 'number' || !Number.isFinite(x)) refuse('invalid', `${at} must be a finite number`);
  return x;
};
const flag: Validator<boolean> = (x, at) => {
  if (typeof x !== 'boolean') refuse('invalid', `${at} must be true or false`);
  return x;
};
const isoDay: Validator<string> = (x, at) => {
  if (typeof x !== 'string' || !isRealDay(x)) refuse('invalid', `${at} must be a date written YYYY-MM-DD`);
  return x;
};
// A real day written YYYY-MM-DD. Checked here rather than with calendar.ts, which brings every
// language's vocabulary: this file is bundled into the content script, which must stay small.
function isRealDay(x: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(x);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return mo >= 1 && mo <= 12 && d >= 1 && d <= new Date(Date.UTC(y, mo, 0)).getUTCDate();
}

// A page's own publication day, from its metadata: a sloppy page may say "0000-00-00" or
// "2023-02-30", which is read as no date rather than refusing to read the page.
const pageDay: Validator<string | null> = (x, at) => {
  if (x === null) return null;
  if (typeof x !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(x)) refuse('invalid', `${at} must be a date written YYYY-MM-DD, or null`);
  return isRealDay(x) ? x : null;
};
const oneOf =
  <T extends string>(values: readonly T[]): Validator<T> =>
  (x, at) => {
    if (!values.includes(x as T)) refuse('invalid', `${at} must be one of ${values.join(', ')}`);
    return x as T;
  };
const list =
  <T>(item: Validator<T>, max: number): Validator<T[]> =>
  (x, at) => {
    if (!Array.isArray(x)) refuse('invalid', `${at} must be a list`);
    if (x.length > max) refuse('too-large', `${at} has ${x.length.toLocaleString('en')} items; at most ${max.toLocaleString('en')} are taken`);
    const out: T[] = [];
    for (let i = 0; i < x.length; i++) out.push(item(x[i], `${at}[${i}]`));
    return out;
  };
const nullable =
  <T>(v: Validator<T>): Validator<T | null> =>
  (x, at) =>
    x === null ? null : v(x, at);
const optional = <T>(v: Validator<T>): Validator<T | undefined> & { optional: true } =>
  Object.assign((x: unknown, at: string) => (x === undefined ? undefined : v(x, at)), { optional: true as const });

type Shape = Record<string, Validator<unknown>>;
type OptionalKeys<S extends Shape> = { [K in keyof S]: S[K] extends { optional: true } ? K : never }[keyof S];
type Out<V> = V extends Validator<infer T> ? T : never;
type Flatten<T> = { [K in keyof T]: T[K] };
/** The value a shape of validators gives: optional fields may be absent. */
export type Decoded<S extends Shape> = Flatten<{ [K in Exclude<keyof S, OptionalKeys<S>>]: Out<S[K]> } & { [K in OptionalKeys<S>]?: Exclude<Out<S[K]>, undefined> }>;

// A new object of the declared fields only: anything else the sender added is dropped.
const fields =
  <S extends Shape>(shape: S): Validator<Decoded<S>> =>
  (x, at) => {
    if (!isObject(x)) refuse('invalid', `${at} must be an object`);
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(shape)) {
      const value = shape[key]!(field(x, key), `${at}.${key}`);
      if (value !== undefined) out[key] = value;
    }
    return out as Decoded<S>;
  };

const VERDICT = /*#__PURE__*/ oneOf<Verdict>(VERDICTS_BY_SEVERITY);
const PAGE_INFO = /*#__PURE__*/ fields({ url: text(MAX_URL), title: text(MAX_TITLE), host: text(MAX_TITLE), date: pageDay });

// ---------------------------------------------------------------------------------------------
// The table.

/**
 * Who may send a request: `content-script` (a script running inside a web page, in a tab),
 * `extension-page` (the popup, options, sources and demo pages), either of those, or for
 * requests to a content script, `extension` (this extension's popup or background).
 */
export type SenderRule = 'content-script' | 'extension-page' | 'content-script-or-extension-page' | 'extension';

/** One request's declaration: who may send it, its payload's fields (validators with bounds) and its reply type. */
export interface RequestSpec<S extends Shape, Rep> {
  /** Who may send it (the background checks the sender against this). */
  from: SenderRule;
  /** Reads each field of the payload, bounds included. */
  fields: S;
  /** Checks that relate fields (e.g. start ≤ end); returns why the payload is refused, or null. */
  check?: (request: Decoded<S>) => string | null;
  /** Never set: carries the reply type. */
  reply?: Rep;
}

// Curried so the reply type is written and the fields' types are inferred; nothing at run time.
const request =
  <Rep>() =>
  <S extends Shape>(spec: RequestSpec<S, Rep>): RequestSpec<S, Rep> =>
    spec;

/** Every request the background answers. */
export const BACKGROUND_REQUESTS = {
  /**
   * content → background: find the claims in a page's visible text and judge them (off the page's main thread). The
   * reply is compact; the full verdicts stay in the background for the tab, fetched when a card
   * opens (`claim-details`) or the popup asks (`tab-claims`). `automatic`: sent by the loader as the
   * page loads, refused unless the settings let this site's pages be read by themselves.
   */
  judge: /*#__PURE__*/ request<CompactClaim[]>()({ from: 'content-script', fields: { page: PAGE_INFO, text: text(MAX_PAGE_TEXT), automatic: /*#__PURE__*/ optional(flag) } }),
  /**
   * content → background: one claim's full verdict, evidence and explanation, by its place in the
   * judge reply, with its explanation said in the user's language (`said`): the card carries no parser.
   */
  'claim-details': /*#__PURE__*/ request<SaidClaim>()({ from: 'content-script', fields: { index: whole(MAX_CLAIMS) } }),
  /**
   * content → background: load the reader's code into the sender's frame: the page was asked
   * something, or (`automatic`) its text names the region, which loads it only where the settings
   * let pages be read by themselves (the background holds them; the loader does not wait for them).
   */
  'load-reader': /*#__PURE__*/ request<null>()({ from: 'content-script', fields: { automatic: /*#__PURE__*/ optional(flag) } }),
  /** content → background: load the card's code into the sender's frame, the first time a card opens there. */
  'load-card': /*#__PURE__*/ request<null>()({ from: 'content-script', fields: {} }),
  /** content → background: every claim of the tab in full, for the popup's report and exports. */
  'tab-claims': /*#__PURE__*/ request<CheckedClaim[]>()({ from: 'content-script', fields: {} }),
  /**
   * content → background: the verdicts now on the page, for the toolbar badge (none clears it) and the opt-in history.
   * The history's address is the sender's, never the message's; of `page` only the title and date are kept.
   */
  'page-verdicts': /*#__PURE__*/ request<null>()({ from: 'content-script', fields: { verdicts: list(VERDICT, MAX_CLAIMS), page: /*#__PURE__*/ optional(PAGE_INFO) } }),
  /** content, popup → background: "this verdict looks wrong", kept on the device (not from private windows unless allowed). */
  'record-feedback': /*#__PURE__*/ request<null>()({
    from: 'content-script-or-extension-page',
    fields: { feedback: fields({ url: text(MAX_URL), claim: text(MAX_TITLE), verdict: VERDICT, sentence: text(MAX_FEEDBACK_TEXT), comment: text(MAX_FEEDBACK_TEXT) }) },
  }),
  /** options → background: own sources were added, changed or removed; match against them now. */
  'own-sources-changed': /*#__PURE__*/ request<null>()({ from: 'extension-page', fields: {} }),
  /** extension pages → background: can own sources be used, and if not, why. */
  'store-status': /*#__PURE__*/ request<{ available: boolean; error: string | null; ownSources: number }>()({ from: 'extension-page', fields: {} }),
  /** options → background: the privacy settings, changing those given first; only extension pages may, so a web page cannot widen what is recorded. */
  privacy: /*#__PURE__*/ request<Privacy>()({ from: 'extension-page', fields: { historyOn: /*#__PURE__*/ optional(flag), recordIncognito: /*#__PURE__*/ optional(flag) } }),
  /** sources page → background: every statement of one measure, for the side-by-side view and the timeline. */
  'list-statements': /*#__PURE__*/ request<StatementRow[]>()({ from: 'extension-page', fields: { measure: text(MAX_TITLE) } }),
  /** content, popup → background: open a source's text at a passage in an extension page. */
  'open-source': /*#__PURE__*/ request<null>()({
    from: 'content-script-or-extension-page',
    fields: { id: text(MAX_ID), start: whole(MAX_SOURCE_OFFSET), end: whole(MAX_SOURCE_OFFSET) },
    check: (r) => (r.start <= r.end ? null : 'start must not be after end'),
  }),
  /** popup, demo → background: check pasted or selected text. */
  'check-text': /*#__PURE__*/ request<CheckedClaim[]>()({ from: 'extension-page', fields: { text: text(MAX_PAGE_TEXT), date: /*#__PURE__*/ optional(isoDay) } }),
  /** extension pages → background: a source's metadata, text, and where its figures stand. */
  'get-source': /*#__PURE__*/ request<SourceMeta & { text: string; figures: Array<{ start: number; end: number; measure: string }>; statements: StatementListing[] }>()({ from: 'extension-page', fields: { id: text(MAX_ID) } }),
  /** extension pages → background: the measures the corpus states, with how many statements each. */
  'list-measures': /*#__PURE__*/ request<Array<{ measure: string; label: string; count: number }>>()({ from: 'extension-page', fields: {} }),
  /** content, popup → background: open the compare view of a measure with the claim drawn on the timeline. */
  'open-compare': /*#__PURE__*/ request<null>()({
    from: 'content-script-or-extension-page',
    fields: { measure: text(MAX_TITLE), claim: /*#__PURE__*/ optional(fields({ text: text(MAX_TITLE), value: finite, asOf: nullable(isoDay) })) },
  }),
  /** extension pages → background: free-text search over the corpus's sentences. */
  'search-sources': /*#__PURE__*/ request<PassageHit[]>()({ from: 'extension-page', fields: { query: text(MAX_QUERY) } }),
  /** extension pages → background: every source's metadata and figure count. */
  'list-sources': /*#__PURE__*/ request<Array<SourceMeta & { figures: number; statements: number }>>()({ from: 'extension-page', fields: {} }),
  /** card, popup, side panel → background: what checks are made against (reports bundled and own, the days they span). */
  'corpus-coverage': /*#__PURE__*/ request<CorpusCoverage>()({ from: 'content-script-or-extension-page', fields: {} }),
  /** card → background: the messages of the language the user chose (a content script cannot read the extension's files). */
  'ui-messages': /*#__PURE__*/ request<MessageTable | null>()({ from: 'content-script', fields: { locale: text(8) } }),
};

// Content-script requests share two payload shapes; sharing the objects (typed by their reply
// with `as`, which only narrows the phantom reply) keeps the content script small.
const TO_CONTENT: RequestSpec<{}, never> = { from: 'extension', fields: {} };
const TO_CONTENT_CLAIM: RequestSpec<{ index: Validator<number> }, never> = { ...TO_CONTENT, fields: { index: whole(MAX_CLAIMS) } };

/** Every request a content script answers (sent by the popup or the background to one tab; `from: 'extension'`). */
export const CONTENT_REQUESTS = {
  /** popup → content: the page's claims, compact, and whether it was read (`claims` is empty when it has nothing about the region). */
  'get-summary': TO_CONTENT as RequestSpec<{}, PackedSummary>,
  /** popup → content: one listed claim in full (its verdict, evidence and explanation), by its place in the summary. */
  'claim-details': TO_CONTENT_CLAIM as RequestSpec<{ index: Validator<number> }, CheckedClaim>,
  /** popup → content: the page's report with every claim in full, for exports. */
  'get-report': TO_CONTENT as RequestSpec<{}, Report>,
  /** popup → content: scroll to a claim and flash it. */
  'scroll-to-claim': TO_CONTENT_CLAIM as RequestSpec<{ index: Validator<number> }, null>,
  /** background → content: switch highlights off or on (keyboard command). */
  'toggle-highlights': TO_CONTENT as RequestSpec<{}, { on: boolean }>,
  /** background → content: step to the next claim and open its card (keyboard command). */
  'next-claim': TO_CONTENT as RequestSpec<{}, null>,
  /** popup → content: read the page now (the popup's "Check this page", when automatic scanning is off). */
  rescan: TO_CONTENT as RequestSpec<{}, null>,
};

type ApiOf<T> = { [K in keyof T]: T[K] extends RequestSpec<infer S, infer R> ? { request: Decoded<S>; reply: R } : never };

/** Requests the background answers, with their payloads and replies (derived from the table). */
export type BackgroundApi = ApiOf<typeof BACKGROUND_REQUESTS>;
/** Requests a content script answers, with their payloads and replies (derived from the table). */
export type ContentApi = ApiOf<typeof CONTENT_REQUESTS>;

/** A request as it travels: its type and payload. */
export type Message<Api, K extends keyof Api = keyof Api> = K extends keyof Api ? { type: K } & (Api[K] extends { request: infer R } ? R : never) : never;

/** The reply type of one request type. */
export type ReplyOf<Api, K extends keyof Api> = Api[K] extends { reply: infer R } ? R : never;

/**
 * The background's handlers, one per request, typed by the table: each takes its validated
 * request and must reply with its declared reply type (or an error with a code).
 */
export type BackgroundHandlers<Context> = { [K in keyof BackgroundApi]: (request: Message<BackgroundApi, K>, context: Context) => Promise<Reply<BackgroundApi[K]['reply']>> };

type AnySpec = { fields: Shape; check?: (request: never) => string | null };

function parseWith(table: Record<string, AnySpec>, x: unknown): Reply<Record<string, unknown>> {
  const type = isObject(x) ? field(x, 'type') : undefined;
  const spec = typeof type === 'string' ? (field(table, type) as AnySpec | undefined) : undefined;
  if (!spec) return refusal('unknown-type', 'unknown message');
  try {
    // Field names are reported under the request's type: "judge.page.date must be …".
    const payload = fields(spec.fields)(x, type as string);
    const why = (spec.check as ((request: unknown) => string | null) | undefined)?.(payload);
    if (why) refuse('invalid', `${type}: ${why}`);
    return { ok: true, value: { ...payload, type } };
  } catch (e) {
    // A validator that throws anything but a Refusal is a bug; the sender still gets an answer.
    return Array.isArray(e) ? refusal(e[0], e[1]) : refusal('invalid', `${type}: malformed`);
  }
}

/**
 * Checks that an unknown value is a well-formed background request, by the table. Everything
 * that arrives is untrusted: a wrong shape or an over-size field is refused with a code and a
 * reason, never half-handled, and the value returned holds only the declared fields.
 */
export function parseBackgroundMessage(x: unknown): Reply<Message<BackgroundApi>> {
  return parseWith(BACKGROUND_REQUESTS, x) as Reply<Message<BackgroundApi>>;
}

/** Checks that an unknown value is a well-formed content-script request, by the table. */
export function parseContentMessage(x: unknown): Reply<Message<ContentApi>> {
  return parseWith(CONTENT_REQUESTS, x) as Reply<Message<ContentApi>>;
}

/** Who sent a message, as the browser reports it. */
export interface SenderInfo {
  /** The sending extension's id. */
  id?: string;
  /** Present when the sender is a tab (a content script, or an extension page open in a tab). */
  tab?: { id?: number; incognito?: boolean };
  /** The sending frame's address. */
  url?: string;
  /** 0 for a tab's top frame. */
  frameId?: number;
}

/**
 * Which part of the extension may ask what, by each request's `from` in the table. Content
 * scripts run inside web pages, so they may only judge their own page, read its verdicts,
 * record feedback and open the sources view; reading, searching or changing sources, privacy
 * settings and checking arbitrary text is for extension pages. Messages from any other
 * extension, or with no extension id, are refused.
 */
export function senderMayAsk(type: keyof BackgroundApi, sender: SenderInfo, extensionId: string, extensionOrigin: string): Reply<null> {
  if (!extensionId || sender.id !== extensionId) return refusal('forbidden', 'messages are taken from this extension only');
  const fromExtensionPage = typeof sender.url === 'string' && sender.url.startsWith(extensionOrigin);
  const fromContentScript = !!sender.tab && typeof sender.tab.id === 'number' && !fromExtensionPage;
  const rule: SenderRule | undefined = BACKGROUND_REQUESTS[type]?.from;
  const ok = rule === 'content-script' ? fromContentScript : rule === 'extension-page' ? fromExtensionPage : rule === 'content-script-or-extension-page' ? fromContentScript || fromExtensionPage : false;
  return ok ? { ok: true, value: null } : refusal('forbidden', `${type} is not available to this sender`);
}

/**
 * Whether a visit (history) or a feedback report may be stored: never from a private window
 * unless the user allowed it, and history only when it is switched on.
 */
export function mayRecord(what: 'history' | 'feedback', privacy: Privacy, fromPrivateWindow: boolean): boolean {
  if (fromPrivateWindow && !privacy.recordIncognito) return false;
  return what === 'feedback' || privacy.historyOn;
}

/**
 * The address a history entry keeps of a page: its origin and path, without query or fragment
 * (they often hold personal tokens). Null for anything but an http(s) address.
 */
export function historyAddress(url: string | undefined): string | null {
  if (!url) return null;
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return null;
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
  return `${u.origin}${u.pathname}`;
}
