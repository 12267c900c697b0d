import type { PageSummary, Result } from '../lib/messages';
import { unpackSummary } from '../lib/page-summary';
import { askTab } from './messaging';

/** The page's claims as the popup and the side panel list them: asked of the tab's content script, unpacked. */
export async function askSummary(tabId: number): Promise<Result<PageSummary>> {
  const reply = await askTab(tabId, { type: 'get-summary' });
  if (!reply.ok) return reply;
  try {
    return { ok: true, value: unpackSummary(reply.value) };
  } catch (e) {
    return { ok: false, error: (e as Error).message };
  }
}
