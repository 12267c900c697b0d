import type { PageSummary, Result } from '../lib/messages';
import { unpackSummary, type PackedSummary } from '../lib/page-summary';
import { askTab } from './messaging';

const unpacked = (packed: PackedSummary): Result<PageSummary> => {
  try {
    return { ok: true, value: unpackSummary(packed) };
  } catch (e) {
    return { ok: false, error: (e as Error).message };
  }
};

/**
 * The page's claims as the popup and the side panel list them: asked of the tab's content script,
 * unpacked. With `onQuoted`, a page of many claims answers first without its sentences (listed at
 * once, unquoted) and `onQuoted` is given the whole list when it comes.
 */
export async function askSummary(tabId: number, onQuoted?: (summary: PageSummary) => void): Promise<Result<PageSummary>> {
  const reply = await askTab(tabId, { type: 'get-summary', ...(onQuoted ? { brief: true } : {}) });
  if (!reply.ok) return reply;
  if (onQuoted && reply.value.quotesLater) {
    void askTab(tabId, { type: 'get-summary' }).then((whole) => {
      const full = whole.ok ? unpacked(whole.value) : null;
      if (full?.ok) onQuoted(full.value);
    });
  }
  return unpacked(reply.value);
}
