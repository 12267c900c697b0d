/**
 * Reads the text a person sees on a page, the way the content script and the command line
 * both do: text nodes in document order, skipping scripts, styles, form fields, editable
 * regions and hidden content, with a line break between blocks. Each line break or tab
 * inside a text node becomes a space, so every offset maps back to its node one to one.
 */

/** A text node and where its text starts in the page text. */
export interface TextPiece {
  node: Text;
  start: number;
}

/** The page text and the text nodes it was read from. */
export interface PageText {
  text: string;
  pieces: TextPiece[];
}

const SKIP = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'INPUT', 'SELECT', 'OPTION', 'BUTTON', 'IFRAME', 'OBJECT', 'EMBED', 'CANVAS', 'HEAD', 'TITLE', 'META', 'LINK', 'SVG:STYLE',
]);
const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'DD', 'DETAILS', 'DIALOG', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3',
  'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH', 'THEAD', 'TR', 'UL', 'HTML', 'CAPTION',
]);

/** Options for reading a page. */
export interface ReadOptions {
  /** Extra test for hidden elements (the browser passes a computed-style check). */
  isHidden?: (el: Element) => boolean;
  /** Stop after this many characters (a page's text beyond it is not read). */
  maxChars?: number;
}

/** True for elements whose content a reader never sees or that the page's user is editing. */
export function isSkipped(el: Element): boolean {
  if (SKIP.has(el.tagName.toUpperCase())) return true;
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const editable = el.getAttribute('contenteditable');
  if (editable !== null && editable !== 'false') return true;
  const style = el.getAttribute('style');
  if (style && /(?:display\s*:\s*none|visibility\s*:\s*hidden)/i.test(style)) return true;
  return false;
}

/** Reads the visible text under `root` in one go (the command line, tests, small pages). */
export function readVisibleText(root: Node, options: ReadOptions = {}): PageText {
  const reader = readInChunks(root, options);
  for (let step = reader.next(); ; step = reader.next()) if (step.done) return step.value;
}

/**
 * Reads the visible text under `root`, yielding to the page between chunks whenever more than
 * `budgetMs` of main-thread time has gone, so a huge page never blocks input for long. `pause`
 * is told each stretch's time and gives the page its turn; a read done in one short stretch
 * (under half the budget) returns at once and tells `finished` its time instead.
 */
export async function readVisibleTextSliced(root: Node, pause: (workedMs: number) => Promise<void>, budgetMs = 8, options: ReadOptions = {}, finished: (workedMs: number) => void = () => {}): Promise<PageText> {
  const reader = readInChunks(root, options);
  let started = performance.now();
  let yielded = false;
  for (let step = reader.next(); ; step = reader.next()) {
    const worked = performance.now() - started;
    if (step.done) {
      // The caller sends a short read on at once: a turn for the page first would only hold
      // the verdicts back. A long read ends with the page's turn, before the text is sent.
      if (yielded || worked > budgetMs / 2) await pause(worked);
      else finished(worked);
      return step.value;
    }
    if (worked > budgetMs) {
      await pause(worked);
      yielded = true;
      started = performance.now();
    }
  }
}

// The walk itself, as a generator that stops every 200 text nodes so callers can pause.
function* readInChunks(root: Node, options: ReadOptions): Generator<void, PageText, void> {
  const doc = root.ownerDocument ?? (root as Document);
  const max = options.maxChars ?? Infinity;
  const pieces: TextPiece[] = [];
  const parts: string[] = [];
  let length = 0;
  let lastBlock: Element | null = null;
  const blockOf = new Map<Element, Element | null>();
  const nearestBlock = (el: Element | null): Element | null => {
    const trail: Element[] = [];
    let cur = el;
    let found: Element | null = null;
    while (cur) {
      const cached = blockOf.get(cur);
      if (cached !== undefined) {
        found = cached;
        break;
      }
      trail.push(cur);
      if (BLOCK.has(cur.tagName.toUpperCase())) {
        found = cur;
        break;
      }
      cur = cur.parentElement;
    }
    for (const t of trail) blockOf.set(t, found);
    return found;
  };
  const walker = doc.createTreeWalker(root, 0x1 | 0x4 /* SHOW_ELEMENT | SHOW_TEXT */, {
    acceptNode(node: Node): number {
      if (node.nodeType === 1) {
        const el = node as Element;
        if (isSkipped(el) || options.isHidden?.(el)) return 2; // FILTER_REJECT: skip the subtree
        return 3; // FILTER_SKIP: look inside
      }
      return 1;
    },
  });
  let count = 0;
  for (let node = walker.nextNode(); node && length < max; node = walker.nextNode()) {
    if (node.nodeType === 1) continue;
    if (++count % 200 === 0) yield;
    const value = (node as Text).data;
    if (!value || !/\S/.test(value)) continue;
    const block = nearestBlock(node.parentElement);
    if (length > 0 && block !== lastBlock) {
      parts.push('\n');
      length += 1;
    }
    lastBlock = block;
    pieces.push({ node: node as Text, start: length });
    parts.push(value.replace(/[\n\r\t\f\v]/g, ' '));
    length += value.length;
  }
  return { text: parts.join(''), pieces };
}

/** The page's publication day (YYYY-MM-DD) from its metadata, if it gives one. */
export function publishedDate(doc: Document): string | null {
  const candidates: string[] = [];
  for (const sel of [
    'meta[property="article:published_time"]', 'meta[name="article:published_time"]', 'meta[itemprop="datePublished"]', 'meta[name="date"]',
    'meta[name="pubdate"]', 'meta[name="publishdate"]', 'meta[name="dc.date"]', 'meta[name="DC.date.issued"]', 'meta[property="og:published_time"]',
  ]) {
    const v = doc.querySelector(sel)?.getAttribute('content');
    if (v) candidates.push(v);
  }
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    const m = /"datePublished"\s*:\s*"([^"]+)"/.exec(script.textContent ?? '');
    if (m) candidates.push(m[1]!);
  }
  const time = doc.querySelector('article time[datetime], time[datetime]')?.getAttribute('datetime');
  if (time) candidates.push(time);
  for (const c of candidates) {
    const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(c.trim());
    if (m) return `${m[1]}-${m[2]}-${m[3]}`;
  }
  return null;
}
