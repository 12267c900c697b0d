// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../lib/claims';
import { rangeOf } from '../../lib/page-ranges';
import { publishedDate, readVisibleText, readVisibleTextSliced } from '../../lib/visible-text';

function fragment(html: string): HTMLElement {
  const root = document.createElement('div');
  root.innerHTML = html;
  document.body.replaceChildren(root);
  return root;
}

describe('reading the visible text of a page', () => {
  it('skips scripts, styles, form fields, editable and hidden content, and breaks lines between blocks', () => {
    const root = fragment(`
      <h1>Title</h1>
      <p>First <b>para</b>graph.</p>
      <script>var x = "script text";</script><style>.a{}</style><noscript>no script</noscript>
      <template><p>template</p></template>
      <textarea>typed text</textarea><input value="input"><select><option>Armenia</option></select>
      <div contenteditable="true">being edited</div>
      <p hidden>hidden attr</p><p style="display: none">display none</p><p aria-hidden="true">aria hidden</p>
      <p>Last.</p>`);
    const { text } = readVisibleText(root);
    expect(text.split('\n').map((l) => l.trim()).filter(Boolean)).toEqual(['Title', 'First paragraph.', 'Last.']);
  });

  it('keeps offsets one to one with the text nodes, so a claim maps back to a range across elements', () => {
    const root = fragment('<p><strong>More than</strong> 100,000\npeople have fled Nagorno-Karabakh.</p>');
    const page = readVisibleText(root);
    const [claim] = extractClaims(page.text);
    expect(claim!.text).toBe('More than 100,000');
    const range = rangeOf(page, claim!.start, claim!.end)!;
    expect(range.toString()).toBe('More than 100,000');
    expect(range.startContainer.parentElement!.tagName).toBe('STRONG');
  });

  it('gives no range for nodes that left the page', () => {
    const root = fragment('<p>More than 100,000 people have fled Nagorno-Karabakh.</p>');
    const page = readVisibleText(root);
    root.remove();
    expect(rangeOf(page, 0, 17)).toBeNull();
  });

  it('stops at maxChars', () => {
    const root = fragment(`<p>${'a'.repeat(100)}</p><p>${'b'.repeat(100)}</p>`);
    expect(readVisibleText(root, { maxChars: 50 }).text).toBe('a'.repeat(100));
  });
});

describe('reading the visible text in slices', () => {
  // Whether the read came back before a task queued as it started: it gave the page no turn.
  const beforeNextTask = async (read: () => Promise<unknown>) => {
    let taskRan = false;
    setTimeout(() => (taskRan = true), 0);
    await read();
    return !taskRan;
  };

  it('returns a short read at once, without giving the page a turn first, and reports its time', async () => {
    const root = fragment('<p>More than 100,000 people have fled Nagorno-Karabakh.</p>');
    const paused: number[] = [];
    const finished: number[] = [];
    const pause = async (ms: number) => {
      paused.push(ms);
      await new Promise((r) => setTimeout(r, 0));
    };
    let text = '';
    expect(await beforeNextTask(async () => (text = (await readVisibleTextSliced(root, pause, 1_000, {}, (ms) => finished.push(ms))).text))).toBe(true);
    expect(text).toBe('More than 100,000 people have fled Nagorno-Karabakh.');
    expect(paused).toEqual([]);
    expect(finished).toHaveLength(1);
  });

  it('gives the page its turn between slices and after the last one of a long read', async () => {
    const root = fragment(Array.from({ length: 600 }, (_, i) => `<p>Paragraph ${i}.</p>`).join(''));
    let pauses = 0;
    const pause = async () => {
      pauses++;
      await new Promise((r) => setTimeout(r, 0));
    };
    // A budget of nothing: every chunk of the walk is a slice of its own.
    const page = await readVisibleTextSliced(root, pause, 0, {}, () => {
      throw new Error('a long read ends with a pause, not at once');
    });
    expect(page.text.split('\n').filter(Boolean)).toHaveLength(600);
    expect(pauses).toBeGreaterThanOrEqual(3);
  });
});

describe('the page date from metadata', () => {
  it.each([
    ['<meta property="article:published_time" content="2023-09-30T10:00:00Z">', '2023-09-30'],
    ['<script type="application/ld+json">{"datePublished": "2023-09-28T16:37:00-04:00"}</script>', '2023-09-28'],
    ['<article><time datetime="2023-09-25">Monday</time></article>', '2023-09-25'],
    ['<p>No date.</p>', null],
  ])('%s', (html, date) => {
    document.head.innerHTML = html.startsWith('<meta') || html.includes('ld+json') ? html : '';
    document.body.innerHTML = html.startsWith('<meta') || html.includes('ld+json') ? '' : html;
    expect(publishedDate(document)).toBe(date);
  });
});
