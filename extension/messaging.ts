// wxt/browser is the browser's own promise-based API (Firefox's `browser`, Chrome's `chrome`):
// no polyfill here, so the content script that imports this stays small.
import { browser } from 'wxt/browser';
import type { BackgroundApi, ContentApi, Message, ReplyOf, Result } from '../lib/messages';

/** Sends a request to the background and returns its Result; a failure to deliver is an error value too. */
export async function askBackground<K extends keyof BackgroundApi>(message: Message<BackgroundApi, K>): Promise<Result<ReplyOf<BackgroundApi, K>>> {
  try {
    return (await browser.runtime.sendMessage(message)) as Result<ReplyOf<BackgroundApi, K>>;
  } catch (e) {
    return { ok: false, error: `the extension's background did not answer (${(e as Error).message})` };
  }
}

/** Sends a request to the content script of a tab; a tab without one (a browser page) gives an error value. */
export async function askTab<K extends keyof ContentApi>(tabId: number, message: Message<ContentApi, K>): Promise<Result<ReplyOf<ContentApi, K>>> {
  try {
    const reply = (await browser.tabs.sendMessage(tabId, message)) as Result<ReplyOf<ContentApi, K>> | undefined;
    return reply ?? { ok: false, error: 'it is a browser page, or it has no content script' };
  } catch {
    return { ok: false, error: 'it is a browser page, or it is still loading' };
  }
}
