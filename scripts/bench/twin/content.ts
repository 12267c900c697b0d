// The twin's content script: the least work that could put one checked highlight on the page,
// timed with the same marks the real extension's bench build leaves (crosscheck:start,
// crosscheck:painted). It reads the page's text with the real reader's walk (lib/visible-text),
// because a highlight needs each offset mapped back to its text node, which innerText does not
// give; it reads in one go, without the real reader's slicing, and skips the gate.
import { rangeOf } from '../../../lib/page-ranges';
import { readVisibleText } from '../../../lib/visible-text';

declare const chrome: { runtime: { sendMessage(m: unknown): Promise<{ start: number; end: number } | null> } };

performance.mark('crosscheck:start');
const page = readVisibleText(document.body);
void chrome.runtime.sendMessage({ text: page.text }).then((span) => {
  const range = span && rangeOf(page, span.start, span.end);
  if (range) CSS.highlights.set('twin', new Highlight(range));
  performance.mark('crosscheck:painted');
});
