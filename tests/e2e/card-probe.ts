// The card lives in a closed shadow root, which page scripts (and Playwright's selectors) cannot
// enter. Tests and the bench reach it the way DevTools does: through the Chrome DevTools Protocol,
// which sees closed shadow roots. Clicks and keys then go through Playwright's mouse and keyboard,
// so the card gets the trusted input a person would give it.
import type { Page } from 'playwright-core';

const HOST_TAG = 'crosscheck-ui';

/**
 * Runs `fn` with the card's shadow root and `arg` in the page, and returns its result (null when
 * no card host is in the page). `fn` is serialised: it may use only its arguments.
 */
export async function inCard<A, T>(page: Page, fn: (root: ShadowRoot, arg: A) => T, arg?: A): Promise<T | null> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: 0 })) as { root: { nodeId: number } };
    const { nodeId } = (await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector: HOST_TAG })) as { nodeId: number };
    if (!nodeId) return null;
    const { node } = (await cdp.send('DOM.describeNode', { nodeId, depth: 1, pierce: true })) as { node: { shadowRoots?: Array<{ backendNodeId: number }> } };
    const shadow = node.shadowRoots?.[0];
    if (!shadow) return null;
    const { object } = (await cdp.send('DOM.resolveNode', { backendNodeId: shadow.backendNodeId })) as { object: { objectId: string } };
    const { result, exceptionDetails } = (await cdp.send('Runtime.callFunctionOn', {
      objectId: object.objectId,
      functionDeclaration: `function (arg) { return (${fn.toString()})(this, arg); }`,
      arguments: [{ value: arg ?? null }],
      returnByValue: true,
      awaitPromise: true,
    })) as { result: { value?: T }; exceptionDetails?: { text: string; exception?: { description?: string } } };
    if (exceptionDetails) throw new Error(`in the card: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
    return result.value ?? null;
  } finally {
    await cdp.detach().catch(() => {});
  }
}

/** The open card's text, or null when no card is open. */
export const cardText = (page: Page) => inCard(page, (root) => root.querySelector('.card')?.textContent ?? null);

/** Waits until a card is open (and, given `text`, shows it), looking every `interval` ms; throws after `timeout` ms. */
export async function waitForCard(page: Page, text?: string, timeout = 10_000, interval = 50): Promise<string> {
  const until = Date.now() + timeout;
  for (;;) {
    const shown = await cardText(page);
    if (shown !== null && (text === undefined || shown.includes(text))) return shown;
    if (Date.now() > until) throw new Error(text ? `no card showing "${text}" within ${timeout} ms (card: ${shown?.slice(0, 80) ?? 'none'})` : `no card opened within ${timeout} ms`);
    await page.waitForTimeout(interval);
  }
}

/** Waits until no card is open. */
export async function waitForNoCard(page: Page, timeout = 5_000): Promise<void> {
  const until = Date.now() + timeout;
  while ((await cardText(page)) !== null) {
    if (Date.now() > until) throw new Error(`the card was still open after ${timeout} ms`);
    await page.waitForTimeout(50);
  }
}

/** The box of the first element in the card matching `selector` (with `text` in it, if given), scrolled into the card's view. */
export async function boxInCard(page: Page, selector: string, text?: string): Promise<{ x: number; y: number; width: number; height: number; top: number; bottom: number; left: number; right: number } | null> {
  return inCard(page, (root, [sel, t]) => {
    const el = Array.from(root.querySelectorAll(sel)).find((e) => !t || (e.textContent ?? '').includes(t));
    // The card scrolls when its sources are many: a person scrolls it to reach a button below.
    el?.scrollIntoView({ block: 'nearest' });
    return el ? JSON.parse(JSON.stringify(el.getBoundingClientRect())) : null;
  }, [selector, text ?? ''] as const);
}

/** Clicks the element in the card with the real mouse (a trusted click, as a person's). */
export async function clickInCard(page: Page, selector: string, text?: string): Promise<void> {
  const box = await boxInCard(page, selector, text);
  if (!box) throw new Error(`no "${selector}"${text ? ` with "${text}"` : ''} in the card`);
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
}

/** What has focus inside the card: its tag, class and accessible label, or null if focus is elsewhere. */
export const focusInCard = (page: Page) =>
  inCard(page, (root) => {
    const el = root.activeElement;
    return el ? { tag: el.tagName.toLowerCase(), className: el.getAttribute('class') ?? '', label: el.getAttribute('aria-label') ?? '' } : null;
  });
