// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { contentMessageListener, type ContentHandlers, type RuntimeListener } from '../../extension/content-messages';
import { CONTENT_REQUEST_TYPES, LOADER_FIRST_READ, LOADER_SETTINGS, READER_LISTENER, startPageLoader, type FirstRead, type LoaderDeps } from '../../extension/page-loader';
import { DEFAULT_SETTINGS, readsPagesItself, type Settings } from '../../extension/settings';
import { CONTENT_REQUESTS, refusal, type CompactClaim } from '../../lib/messages';
import { packSummary } from '../../lib/page-summary';

const ID = 'our-extension-id';
const world = globalThis as Record<symbol, unknown>;

/** The reader as its script would leave it: a listener answering get-summary. */
function fakeReader(): RuntimeListener {
  const fail = () => ({ ok: false as const, error: 'not in this test' });
  const handlers = Object.fromEntries([...CONTENT_REQUEST_TYPES].map((t) => [t, fail])) as unknown as ContentHandlers;
  handlers['get-summary'] = () => ({ ok: true, value: packSummary({ id: 'x', url: 'x', title: 't', date: null, text: '', claims: [], host: 'example.org', enabled: true, scanned: true }) });
  return contentMessageListener(ID, handlers);
}

/** A loader on the current document with recording stand-ins for the browser. */
function start(settings: Partial<Settings> = {}) {
  const listeners = new Set<RuntimeListener>();
  const stops: Array<() => void> = [];
  let settingsChanged: (s: Settings) => void = () => {};
  let current: Settings = { ...DEFAULT_SETTINGS, ...settings };
  // The background's side: an automatic load only where the settings let pages be read by themselves.
  const loadReader = vi.fn(async (automatic: boolean) => {
    if (automatic && !readsPagesItself(current, 'https://example.org/page')) return false;
    world[READER_LISTENER] = fakeReader();
    return true;
  });
  // The background judges the text the loader sends only where pages are read by themselves.
  const judge = vi.fn(async (_date: string | null, text: string) =>
    readsPagesItself(current, 'https://example.org/page') ? { ok: true as const, value: [verdictOn(text)] } : refusal('forbidden', 'judge: pages on this site are read only when asked'));
  const readSettings = vi.fn(async () => ({ ...DEFAULT_SETTINGS, ...settings }));
  const deps: LoaderDeps = {
    doc: document,
    runtime: { id: ID, onMessage: { addListener: (l) => listeners.add(l), removeListener: (l) => listeners.delete(l) } },
    loadReader,
    judge,
    settings: readSettings,
    onSettingsChanged: (callback) => {
      settingsChanged = (next) => {
        current = next;
        callback(next);
      };
      return () => {};
    },
    onStop: (undo) => stops.push(undo),
    hostname: 'example.org',
  };
  const started = startPageLoader(deps);
  const deliver = (message: unknown, sender: { id?: string } = { id: ID }) =>
    new Promise<unknown>((resolve) => {
      const kept = [...listeners][0]!(message, sender, resolve);
      if (kept !== true) resolve(undefined);
    });
  return { started, loadReader, judge, readSettings, deliver, listeners, stop: () => stops.forEach((f) => f()), changeSettings: (s: Partial<Settings>) => settingsChanged({ ...DEFAULT_SETTINGS, ...s }) };
}

const settle = () => new Promise((r) => setTimeout(r, 0));

/** A verdict on the text's first figure, as the background would send it. */
function verdictOn(text: string): CompactClaim {
  const start = text.search(/\d/);
  return { start, end: start + 7, text: text.slice(start, start + 7), verdict: 'corroborated', sentence: { start: 0, end: text.length }, understood: 'people who left', kind: 'figure', strength: 'direct' };
}

beforeEach(() => {
  delete world[READER_LISTENER];
  delete world[LOADER_SETTINGS];
  delete world[LOADER_FIRST_READ];
});
afterEach(() => {
  document.body.innerHTML = '';
  delete world[READER_LISTENER];
  delete world[LOADER_SETTINGS];
  delete world[LOADER_FIRST_READ];
});

describe('the script every page loads', () => {
  it('knows every request the content script answers, by name', () => {
    expect([...CONTENT_REQUEST_TYPES].sort()).toEqual(Object.keys(CONTENT_REQUESTS).sort());
  });

  it('does not load the reader on a page that never names the region', async () => {
    document.body.innerHTML = '<p>More than 100,000 people attended the festival.</p>';
    const { started, loadReader } = start();
    await started;
    expect(loadReader).not.toHaveBeenCalled();
  });

  it('loads the reader once on a page that names the region', async () => {
    document.body.innerHTML = '<p>More than 100,000 people have fled Nagorno-Karabakh.</p>';
    const { started, loadReader } = start();
    await started;
    await settle();
    expect(loadReader).toHaveBeenCalledTimes(1);
  });

  it('reads and judges the page while the reader loads, and leaves the reader that read', async () => {
    document.head.innerHTML = '<meta property="article:published_time" content="2023-09-29T10:00:00Z">';
    document.body.innerHTML = '<h1>Exodus</h1><p>More than 100,000 people have fled Nagorno-Karabakh.</p><script>var x = 1;</script>';
    const { started, judge } = start();
    await started;
    const first = (await (world[LOADER_FIRST_READ] as Promise<FirstRead | null>))!;
    // The text the reader itself would read (blocks on their own lines, no script), and its day.
    expect(judge.mock.calls).toEqual([['2023-09-29', 'Exodus\nMore than 100,000 people have fled Nagorno-Karabakh.']]);
    expect(first.page.text).toBe('Exodus\nMore than 100,000 people have fled Nagorno-Karabakh.');
    expect(first.page.pieces.map((p) => p.node.data)).toEqual(['Exodus', 'More than 100,000 people have fled Nagorno-Karabakh.']);
    expect(first.date).toBe('2023-09-29');
    expect(first.claims.map((c) => c.text)).toEqual(['100,000']);
    document.head.innerHTML = '';
  });

  it('asks for the reader once the text is read, just before sending it to be judged', async () => {
    document.body.innerHTML = '<p>More than 100,000 people have fled Nagorno-Karabakh.</p>';
    const { started, loadReader, judge } = start();
    // Injected during the read, the reader's script would compete with it on the page's thread;
    // asked for just before the text is sent, the background injects it while it judges.
    const seen: string[] = [];
    loadReader.mockImplementation(async () => {
      seen.push(`reader asked; read started: ${world[LOADER_FIRST_READ] !== undefined}; judged: ${judge.mock.calls.length}`);
      return true;
    });
    await started;
    await (world[LOADER_FIRST_READ] as Promise<FirstRead | null>);
    expect(seen).toEqual(['reader asked; read started: true; judged: 0']);
    expect(judge).toHaveBeenCalledTimes(1);
    expect(loadReader.mock.invocationCallOrder[0]!).toBeLessThan(judge.mock.invocationCallOrder[0]!);
  });

  it('reads the settings once the text is on its way to be judged, not before', async () => {
    // Storage's first call costs the page's main thread time: on a page that names the region, the
    // text goes to the background first.
    document.body.innerHTML = '<p>More than 100,000 people have fled Nagorno-Karabakh.</p>';
    const { started, judge, readSettings } = start();
    await started;
    await (world[LOADER_FIRST_READ] as Promise<FirstRead | null>);
    expect(readSettings).toHaveBeenCalledTimes(1);
    expect(judge.mock.invocationCallOrder[0]!).toBeLessThan(readSettings.mock.invocationCallOrder[0]!);
    expect(await (world[LOADER_SETTINGS] as Promise<Settings>)).toMatchObject({ autoScan: true });
  });

  it('reads the settings on a page whose text could not be read', async () => {
    document.body.innerHTML = '<p>More than 100,000 people have fled Nagorno-Karabakh.</p>';
    const { started, judge, readSettings } = start();
    judge.mockImplementation(() => {
      throw new Error('the extension was reloaded');
    });
    await started;
    expect(await (world[LOADER_FIRST_READ] as Promise<FirstRead | null>)).toBeNull();
    expect(readSettings).toHaveBeenCalledTimes(1);
  });

  it('reads the settings right after the gate on a page that never names the region', async () => {
    document.body.innerHTML = '<p>More than 100,000 people attended the festival.</p>';
    const { started, readSettings } = start();
    await started;
    expect(readSettings).toHaveBeenCalledTimes(1);
  });

  it('neither reads nor judges a page that never names the region', async () => {
    document.body.innerHTML = '<p>More than 100,000 people attended the festival.</p>';
    const { started, judge } = start();
    await started;
    await settle();
    expect(judge).not.toHaveBeenCalled();
    expect(world[LOADER_FIRST_READ]).toBeUndefined();
  });

  it('leaves no read behind where the reader was refused, so a later reader reads for itself', async () => {
    document.body.innerHTML = '<p>More than 100,000 people have fled Nagorno-Karabakh.</p>';
    const { started } = start({ autoScan: false });
    await started;
    await settle();
    await settle();
    expect(world[LOADER_FIRST_READ]).toBeUndefined();
  });

  it('loads the reader when text naming the region arrives later, and not for other text', async () => {
    document.body.innerHTML = '<p>Live blog</p>';
    const { started, loadReader } = start();
    await started;
    document.body.append(Object.assign(document.createElement('p'), { textContent: 'Weather: 20 degrees.' }));
    await settle();
    expect(loadReader).not.toHaveBeenCalled();
    document.body.append(Object.assign(document.createElement('p'), { textContent: 'Thousands fled Karabakh overnight.' }));
    await settle();
    expect(loadReader).toHaveBeenCalledTimes(1);
  });

  it('leaves a switched-off site and manual scanning alone until asked', async () => {
    document.body.innerHTML = '<p>More than 100,000 people have fled Nagorno-Karabakh.</p>';
    const off = start({ disabledSites: ['example.org'] });
    await off.started;
    const manual = start({ autoScan: false });
    await manual.started;
    await settle();
    // Each asks once, without waiting for the settings; the background refuses, and nothing is loaded.
    expect(off.loadReader.mock.calls).toEqual([[true]]);
    expect(manual.loadReader.mock.calls).toEqual([[true]]);
    expect(world[READER_LISTENER]).toBeUndefined();
    manual.changeSettings({ autoScan: true });
    await settle();
    expect(manual.loadReader.mock.calls).toEqual([[true], [true]]);
    expect(world[READER_LISTENER]).toBeDefined();
  });

  it('still loads the reader for the popup on a page it was refused for', async () => {
    document.body.innerHTML = '<p>More than 100,000 people have fled Nagorno-Karabakh.</p>';
    const { started, loadReader, deliver } = start({ autoScan: false });
    await started;
    await settle();
    expect(world[READER_LISTENER]).toBeUndefined();
    const reply = await deliver({ type: 'get-summary' });
    expect(loadReader.mock.calls).toEqual([[true], [false]]);
    expect(reply).toMatchObject({ ok: true });
  });

  it('leaves the reader its read of the settings, and the latest after a change', async () => {
    document.body.innerHTML = '<p>Nothing about the region.</p>';
    const { started, changeSettings } = start({ highlightStyle: 'underline' });
    await started;
    expect(await (world[LOADER_SETTINGS] as Promise<Settings>)).toMatchObject({ highlightStyle: 'underline' });
    changeSettings({ highlightsOn: false });
    expect(await (world[LOADER_SETTINGS] as Promise<Settings>)).toMatchObject({ highlightsOn: false, highlightStyle: 'marker' });
  });

  it('loads the reader for a request from the popup and hands it the request', async () => {
    document.body.innerHTML = '<p>Nothing about the region.</p>';
    const { started, loadReader, deliver } = start();
    await started;
    const reply = await deliver({ type: 'get-summary' });
    expect(loadReader).toHaveBeenCalledTimes(1);
    expect(reply).toMatchObject({ ok: true, value: { scanned: true } });
    // Once the reader is there it answers for itself: the loader takes no more requests.
    expect(await deliver({ type: 'get-summary' })).toBeUndefined();
  });

  it('ignores other extensions and messages that are not content requests, loading nothing', async () => {
    document.body.innerHTML = '<p>Nothing about the region.</p>';
    const { started, loadReader, deliver } = start();
    await started;
    expect(await deliver({ type: 'get-summary' }, { id: 'another-extension' })).toBeUndefined();
    expect(await deliver({ type: 'judge' })).toBeUndefined();
    expect(await deliver(null)).toBeUndefined();
    expect(await deliver('get-summary')).toBeUndefined();
    expect(loadReader).not.toHaveBeenCalled();
  });

  it('answers with an error that says what to do when the reader cannot be loaded', async () => {
    document.body.innerHTML = '<p>Nothing about the region.</p>';
    const { started, loadReader, deliver } = start();
    loadReader.mockImplementation(async () => false);
    await started;
    expect(await deliver({ type: 'rescan' })).toEqual({ ok: false, code: 'unavailable', error: 'the page could not be read; reload it and try again' });
  });

  it('comes off runtime.onMessage when the content script stops', async () => {
    const { started, listeners, stop } = start();
    await started;
    expect(listeners.size).toBe(1);
    stop();
    expect(listeners.size).toBe(0);
  });
});
