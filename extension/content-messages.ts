import { parseContentMessage, type ContentApi, type Message, type ReplyOf, type Result } from '../lib/messages';

/** One handler per request the content script answers, each typed by its request's reply. */
export type ContentHandlers = {
  [K in keyof ContentApi]: (message: Message<ContentApi, K>) => Promise<Result<ReplyOf<ContentApi, K>>> | Result<ReplyOf<ContentApi, K>>;
};

/** The listener `runtime.onMessage` calls: the raw message, its sender, and the reply callback. */
export type RuntimeListener = (raw: unknown, sender: { id?: string }, sendResponse: (reply: unknown) => void) => true | undefined;

/**
 * Answers the requests the popup and the background send to this tab. Messages from any other
 * extension, and messages that are not well-formed content requests, are left unanswered (they
 * may be for another listener); a handler that throws answers with the error as a value.
 */
export function contentMessageListener(extensionId: string, handlers: ContentHandlers): RuntimeListener {
  return (raw, sender, sendResponse) => {
    if (sender.id !== extensionId) return undefined;
    const parsed = parseContentMessage(raw);
    if (!parsed.ok) return undefined; // not for the content script
    const message = parsed.value;
    const handle = handlers[message.type] as (m: typeof message) => Promise<Result<unknown>> | Result<unknown>;
    // Replies go through sendResponse (returning true keeps the channel open), which both
    // Chrome and Firefox honour without a polyfill.
    Promise.resolve()
      .then(() => handle(message))
      .then(sendResponse, (e: unknown) => sendResponse({ ok: false, error: e instanceof Error ? e.message : String(e) }));
    return true;
  };
}

/** The piece of `browser.runtime` the listener is registered on. */
export interface RuntimeMessages {
  id: string;
  onMessage: { addListener(l: RuntimeListener): void; removeListener(l: RuntimeListener): void };
}
