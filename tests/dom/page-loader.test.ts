// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { contentMessageListener, type ContentHandlers, type RuntimeListener } from '../../extension/content-messages';
import { CONTENT_REQUEST_TYPES, LOADER_SETTINGS, READER_LISTENER, startPageLoader, type LoaderDeps } from '../../extension/page-loader';
import { DEFAULT_SETTINGS, readsPagesItself, type Settings } from '../../extension/settings';
import { CONTENT_REQUESTS } from '../../lib/messages';
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
  const deps: LoaderDeps = {
    doc: document,
    runtime: { id: ID, onMessage: { addListener: (l) => listeners.add(l), removeListener: (l) => listeners.delete(l) } },
    loadReader,
    settings: async () => ({ ...DEFAULT_SETTINGS, ...settings }),
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
  return { started, loadReader, deliver, listeners, stop: () => stops.forEach((f) => f()), changeSettings: (s: Partial<Settings>) => settingsChanged({ ...DEFAULT_SETTINGS, ...s }) };
}

const settle = () => new Promise((r) => setTimeout(r, 0));

beforeEach(() => {
  delete world[READER_LISTENER];
  delete world[LOADER_SETTINGS];
});
afterEach(() => {
  document.body.innerHTML = '';
  delete world[READER_LISTENER];
  delete world[LOADER_SETTINGS];
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
