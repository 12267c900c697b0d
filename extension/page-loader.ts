import { refusal, type CompactClaim, type Result } from '../lib/messages';
import type { PageText } from '../lib/visible-text';
import { pageNamesRegion } from '../lib/region-names';
import { benchMark } from './bench-marks';
import type { RuntimeListener, RuntimeMessages } from './content-messages';
import { changedTexts, namesRegion } from './page-changes';
import { readPage } from './page-text-reader';
import { readsPagesOf, type Settings } from './settings';

// The script every page loads: the gate and a loader, nothing else. The reader, the painter and
// the card controller (extension/page-reader.ts) are injected into the page's isolated world only
// when the gate passes, when text naming the region arrives later, or when the popup, the side
// panel or a keyboard command asks the page something. A page about something else pays for one
// read of its text and this script.

/** Where the reader's script leaves its message listener, in the isolated world it shares with the loader (a page's scripts cannot see it). */
export const READER_LISTENER = Symbol.for('karabakh-crosscheck.reader-listener');

/**
 * The requests a tab's content script answers (lib/messages.ts, CONTENT_REQUESTS), by name only:
 * the loader must not carry the message table's validators. A test keeps the two lists equal.
 */
export const CONTENT_REQUEST_TYPES: ReadonlySet<string> = new Set(['get-summary', 'claim-details', 'get-report', 'scroll-to-claim', 'toggle-highlights', 'next-claim', 'rescan']);

/**
 * Where the loader leaves its read of the settings for the reader it loads, in the isolated world
 * they share: the reader starts from it instead of waiting for storage a second time.
 */
export const LOADER_SETTINGS = Symbol.for('karabakh-crosscheck.loader-settings');

/**
 * Where the loader leaves its first read of a page that names the region: the text, its day and
 * the background's verdicts, asked for while the reader's script is still being injected. The
 * reader starts from it instead of reading and asking again.
 */
export const LOADER_FIRST_READ = Symbol.for('karabakh-crosscheck.loader-first-read');

/** The loader's first read: the page's text as the reader reads it, its day, and the verdicts on it. */
export interface FirstRead {
  page: PageText;
  date: string | null;
  claims: CompactClaim[];
}

/** What the loader needs from the browser and the page; the content script passes the real ones, tests their own. */
export interface LoaderDeps {
  doc: Document;
  runtime: RuntimeMessages;
  /**
   * Injects the reader's script into this frame; true when it is there. `automatic`: the page
   * named the region, and the background loads the reader only if the settings let pages be
   * read by themselves (it holds them, so the gate need not wait for storage).
   */
  loadReader: (automatic: boolean) => Promise<boolean>;
  /**
   * Asks the background to judge the page's text, refused unless the settings let this site's
   * pages be read by themselves (as an automatic load is).
   */
  judge: (date: string | null, text: string) => Promise<Result<CompactClaim[]>>;
  settings: () => Promise<Settings>;
  /** Calls back with the new settings when they change; returns the function that stops it. */
  onSettingsChanged: (callback: (s: Settings) => void) => () => void;
  /** Registers what to undo when the content script stops (WXT's ctx.onInvalidated). */
  onStop: (undo: () => void) => void;
  hostname: string;
}

const world = globalThis as Record<symbol, unknown>;
const readerListener = () => world[READER_LISTENER] as RuntimeListener | undefined;

// The page read as the reader reads it (nothing of the extension's own is on it yet) and judged.
// The reader is asked for once the text is read, just before the text is sent: the background
// starts injecting it before it judges, so the reader's script runs on the page while the verdicts
// are worked out, instead of during the read, which it would slow down. `sent` is called once the
// text is on its way (or the read failed).
async function firstRead(deps: LoaderDeps, askForReader: () => void, sent: () => void): Promise<FirstRead | null> {
  try {
    const got = await readPage(deps.doc, () => false).catch(() => null);
    askForReader();
    if (!got) return null;
    benchMark('text-read');
    const pending = deps.judge(got.date, got.page.text);
    sent();
    const reply = await pending;
    benchMark('judged');
    return reply.ok ? { ...got, claims: reply.value } : null;
  } catch {
    return null;
  } finally {
    sent();
  }
}

/** Starts the loader on a page. Never throws into the page. */
export async function startPageLoader(deps: LoaderDeps): Promise<void> {
  const { doc, runtime } = deps;
  let loading: Promise<RuntimeListener | undefined> | null = null;
  let observer: MutationObserver | null = null;

  const load = (automatic: boolean): Promise<RuntimeListener | undefined> => {
    const attempt = (loading ??= deps
      .loadReader(automatic)
      .catch(() => false)
      .then((loaded) => {
        // Refused (the settings say this page waits to be asked): a later request may load it,
        // and starts from its own read.
        if (!loaded && loading === attempt) {
          loading = null;
          delete world[LOADER_FIRST_READ];
        } else observer?.disconnect();
        return readerListener();
      }));
    return attempt;
  };
  // Until the reader is here, a request from the popup, the side panel or the background loads it
  // and is handed to it; once it is here, it answers for itself and the loader stays out of the way.
  const listener: RuntimeListener = (raw, sender, sendResponse) => {
    if (readerListener() || sender.id !== runtime.id) return undefined;
    const type = (raw as { type?: unknown } | null)?.type;
    if (typeof type !== 'string' || !CONTENT_REQUEST_TYPES.has(type)) return undefined;
    void load(false).then((reader) => {
      if (!reader || reader(raw, sender, sendResponse) !== true) sendResponse(refusal('unavailable', 'the page could not be read; reload it and try again'));
    });
    return true;
  };

  try {
    benchMark('start');
    runtime.onMessage.addListener(listener);
    deps.onStop(() => runtime.onMessage.removeListener(listener));
    // Read once the gate has decided (on a page that names the region, once its text is on its way
    // to the background: storage's first call costs the page's main thread time that the text
    // should not wait for). The reader the loader brings starts from the same read.
    let firstSettings: Promise<Settings> | null = null;
    const readSettings = () => {
      if (!firstSettings) world[LOADER_SETTINGS] = firstSettings = deps.settings();
      return firstSettings;
    };
    let settings: Settings | null = null;
    const readsItself = () => !!settings && readsPagesOf(settings, deps.hostname);
    const watch = () => {
      // Live blogs, infinite scroll and single-page apps add text later: load the reader when new text names the region.
      observer ??= new MutationObserver((mutations) => {
        if (!loading && readsItself() && namesRegion(changedTexts(mutations, () => false))) void load(true);
      });
      observer.observe(doc.documentElement, { childList: true, subtree: true, characterData: true, characterDataOldValue: true });
    };

    // The gate: one read of the body's text and a few literal searches. A page that names the
    // region is read and asks for its reader (the background knows whether this site is read by
    // itself); any other page waits for the settings to know whether to watch for such text.
    // True while the first read runs, before it asks for the reader: a change of settings then
    // must not start a second read.
    let reading = false;
    const gate = async (next: () => Promise<Settings>) => {
      if (loading || reading || !doc.body) return;
      const gateStart = performance.now();
      const relevant = pageNamesRegion(doc.body.textContent ?? '');
      benchMark('gate', gateStart);
      if (relevant) {
        benchMark('loading');
        // While the background injects the reader, the page is judged: the reader finds the
        // verdicts waiting instead of starting the round trip itself.
        reading = true;
        let sent: () => void = () => {};
        const judging = new Promise<void>((resolve) => (sent = resolve));
        world[LOADER_FIRST_READ] = firstRead(deps, () => {
          reading = false;
          void load(true);
        }, sent);
        await judging;
        settings = await next();
        return;
      }
      benchMark('gated');
      settings = await next();
      if (readsItself()) watch();
      else observer?.disconnect();
    };

    deps.onStop(() => observer?.disconnect());
    deps.onStop(deps.onSettingsChanged((next) => {
      world[LOADER_SETTINGS] = Promise.resolve(next);
      void gate(() => Promise.resolve(next));
    }));
    await gate(readSettings);
  } catch {
    // The page or the extension went away mid-start; there is nothing to repair.
  }
}
