// wxt/browser is the browser's own promise-based API (Firefox's `browser`, Chrome's `chrome`):
// no polyfill here, so the content script that imports this stays small.
import { browser } from 'wxt/browser';
import { refusal, type BackgroundApi, type ContentApi, type Message, type Reply, type ReplyOf, type Result } from '../lib/messages';

/** Sends a request to the background and returns its reply; a failure to deliver is an error value too (`unreachable`). */
export async function askBackground<K extends keyof BackgroundApi>(message: Message<BackgroundApi, K>): Promise<Reply<ReplyOf<BackgroundApi, K>>> {
  let why = 'no reply';
  try {
    const reply = (await browser.runtime.sendMessage(message)) as Reply<ReplyOf<BackgroundApi, K>> | undefined;
    if (reply) return reply;
  } catch (e) {
    why = (e as Error).message;
  }
  return refusal('unreachable', `the extension's background did not answer (${why})`);
}

/** Sends a request to the content script of a tab; a tab without one (a browser page) gives an error value. */
export async function askTab<K extends keyof ContentApi>(tabId: number, message: Message<ContentApi, K>): Promise<Result<ReplyOf<ContentApi, K>>> {
  try {
    const reply = (await browser.tabs.sendMessage(tabId, message)) as Result<ReplyOf<ContentApi, K>> | undefined;
    return reply ?? refusal('unreachable', 'it is a browser page, or it has no content script');
  } catch {
    return refusal('unreachable', 'it is a browser page, or it is still loading');
  }
}
