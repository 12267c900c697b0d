// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { changedTexts, namesRegion } from '../../extension/page-changes';
import { createPageTextReader, capPageText, MAX_RESCAN_DELAY_MS, nextRescanDelay, RESCAN_DELAY_MS } from '../../extension/page-text-reader';
import { MAX_PAGE_TEXT, type CompactClaim } from '../../lib/messages';

const always = () => true;

function page(html: string): void {
  document.body.innerHTML = html;
}

/** A claim as the background returns it, at `text`'s first place in `pageText`. */
function claimOf(pageText: string, text: string): CompactClaim {
  const start = pageText.indexOf(text);
  if (start < 0) throw new Error(`"${text}" is not in the page text`);
  return { start, end: start + text.length, text, verdict: 'corroborated', sentence: { start, end: start + text.length }, understood: '' } as CompactClaim;
}

/** The text of every mutation the document sees while `change` runs. */
async function mutationsDuring(change: () => void): Promise<MutationRecord[]> {
  const records: MutationRecord[] = [];
  const observer = new MutationObserver((rs) => records.push(...rs));
  observer.observe(document.documentElement, { childList: true, subtree: true, characterData: true, characterDataOldValue: true, attributes: true });
  change();
  await new Promise((ok) => setTimeout(ok, 0));
  records.push(...observer.takeRecords());
  observer.disconnect();
  return records;
}

describe('the reader', () => {
  it('reads the visible text but never the extension\'s own nodes', async () => {
    page('<p>More than 100,000 people have fled Nagorno-Karabakh.</p><div id="own"><p>Own UI: 21,000 vehicles</p></div>');
    const own = document.getElementById('own')!;
    const reader = createPageTextReader(document, { isOwn: (n) => own === n || own.contains(n), isVisible: always });
    expect(reader.namesRegion()).toBe(true);
    const read = await reader.read();
    expect(read!.page.text).toBe('More than 100,000 people have fled Nagorno-Karabakh.');
  });

  it('the gate says no for a page that never names the region', () => {
    page('<p>Over 100,000 people were evacuated ahead of the hurricane.</p>');
    expect(createPageTextReader(document, { isOwn: () => false }).namesRegion()).toBe(false);
  });

  it('keeps a huge page\'s first MAX_PAGE_TEXT characters and reads no further', async () => {
    // Three paragraphs of 900,000 characters each: 2.7 million with the line breaks between them.
    const para = (c: string) => `Nagorno-Karabakh ${c.repeat(900_000 - 17)}`;
    const paras = [para('a'), para('b'), para('c')];
    page(paras.map((p) => `<p>${p}</p>`).join(''));
    const whole = paras.join('\n');
    expect(whole.length).toBeGreaterThan(MAX_PAGE_TEXT);
    const read = await createPageTextReader(document, { isOwn: () => false, isVisible: always }).read();
    expect(read!.page.text.length).toBe(MAX_PAGE_TEXT);
    expect(read!.page.text).toBe(whole.slice(0, MAX_PAGE_TEXT));
  });

  it('capping leaves a page within the limit as it is', () => {
    const short = { text: 'abc', pieces: [] };
    expect(capPageText(short, 3)).toBe(short);
    expect(capPageText({ text: 'abcdef', pieces: [] }, 4).text).toBe('abcd');
  });

  it('maps claims back to ranges, keeps their place in the background\'s list, and drops those not shown', async () => {
    page('<p id="a"><b>More than</b> 100,000 fled Nagorno-Karabakh.</p><p id="b">About 120,000 lived there.</p>');
    const hidden = document.getElementById('b')!;
    const reader = createPageTextReader(document, { isOwn: () => false, isVisible: (r) => !hidden.contains(r.startContainer) });
    const { page: read } = (await reader.read())!;
    const claims = [claimOf(read.text, 'More than 100,000'), claimOf(read.text, 'About 120,000')];
    const shown = await reader.place(read, claims);
    expect(shown.map((s) => [s.index, s.range.toString()])).toEqual([[0, 'More than 100,000']]);
  });
});

describe('which page changes call for a re-read', () => {
  it('a changed text counts; the same text written again, an attribute or an empty element does not', async () => {
    page('<p id="clock">12:00</p><p id="other">Nagorno-Karabakh</p>');
    const clock = document.getElementById('clock')!.firstChild as Text;
    expect(changedTexts(await mutationsDuring(() => (clock.data = '12:01')), () => false)).toEqual(['12:01']);
    expect(changedTexts(await mutationsDuring(() => (clock.data = '12:01')), () => false)).toEqual([]);
    expect(changedTexts(await mutationsDuring(() => document.body.setAttribute('data-x', '1')), () => false)).toEqual([]);
    expect(changedTexts(await mutationsDuring(() => document.body.append(document.createElement('div'))), () => false)).toEqual([]);
    expect(changedTexts(await mutationsDuring(() => document.getElementById('other')!.remove()), () => false)).toEqual(['']);
  });

  it('the extension\'s own nodes never count: its host added, or text changed inside it', async () => {
    page('<p>Nagorno-Karabakh</p>');
    const host = document.createElement('crosscheck-ui');
    host.textContent = 'Card: 100,000 fled Nagorno-Karabakh';
    const isOwn = (n: Node) => n === host || host.contains(n);
    expect(changedTexts(await mutationsDuring(() => document.documentElement.append(host)), isOwn)).toEqual([]);
    expect(changedTexts(await mutationsDuring(() => ((host.firstChild as Text).data = 'Card: 120,000')), isOwn)).toEqual([]);
    // The same change by the page itself does count.
    expect(changedTexts(await mutationsDuring(() => document.body.append(host.cloneNode(true))), isOwn)).toEqual(['Card: 120,000']);
  });

  it('new text that names the region is told apart from any other', () => {
    expect(namesRegion(['12:01', 'Stepanakert, 30 September'])).toBe(true);
    expect(namesRegion(['12:01'])).toBe(false);
  });
});

describe('how soon a changing page is read again', () => {
  const claims = (...verdicts: CompactClaim['verdict'][]) => verdicts.map((verdict, i) => ({ ...claimOf('abc', 'b'), text: `claim ${i}`, verdict }));

  it('backs off while re-reads find the same claims, up to a ceiling, so a ticking clock does not keep the background judging', () => {
    let delay = RESCAN_DELAY_MS;
    const seen: number[] = [];
    for (let i = 0; i < 8; i++) {
      delay = nextRescanDelay(delay, claims('corroborated', 'disputed'), claims('corroborated', 'disputed'));
      seen.push(delay);
    }
    expect(seen.slice(0, 4)).toEqual([1000, 2000, 4000, 8000]);
    expect(Math.max(...seen)).toBe(MAX_RESCAN_DELAY_MS);
  });

  it('comes back at once when a re-read finds a new claim or a changed verdict, or is the first', () => {
    expect(nextRescanDelay(8000, claims('corroborated'), claims('corroborated', 'conflicting'))).toBe(RESCAN_DELAY_MS);
    expect(nextRescanDelay(8000, claims('corroborated'), claims('conflicting'))).toBe(RESCAN_DELAY_MS);
    expect(nextRescanDelay(8000, null, claims('corroborated'))).toBe(RESCAN_DELAY_MS);
  });
});
