/**
 * Whether text is about Nagorno-Karabakh. Relevance is decided per passage: a page that
 * names Armenia in a country list, or one paragraph of a news round-up, is not about it.
 */
import { LEXICONS } from './lexicon/index';

// The region and its places, in common spellings and scripts. A prefix match covers
// inflections ("Karabakh's", "Карабаха", "Karabakhi").
const REGION = new RegExp(
  String.raw`(?<![\p{L}])(?:(?:karaba(?:kh|gh|ch|j|ğ|g)|qaraba(?:ğ|g)|carabaque|artsa(?:kh|x|j|ch)|arzach|arcach|stepanakert|step'anakert|khankendi|hankendi|xank[əe]ndi|berg-?karabach|haut-karabakh|nagorn[oy]|карабах|арцах|степанакерт|ханкенди|лачин|արցախ|ղարաբաղ|ստեփանակերտ)|(?:lachin|la[çc][ıi]n|latchine|latschin|hakari|goris)(?![\p{L}]))`,
  'iu',
);

// Words that keep a neighbouring passage on the subject without naming the region, in every
// language at once: a passage's language is not known before it is read, and these are stems
// distinctive enough not to collide ("armeni", "беженц", "հայաստան"). Built on first use, so the
// page gate, which never needs it, does not carry the lexicons into every page.
let context: RegExp | null = null;
function contextPattern(): RegExp {
  context ??= new RegExp(
    String.raw`(?<![\p{L}])(?:${[...new Set(Object.values(LEXICONS).flatMap((l) => l.context.map((w) => w.toLowerCase())))]
      .sort((a, b) => b.length - a.length)
      .map((w) => w.replace(/[.*+?^${}()[\]\\]/g, '\\$&'))
      .join('|')})`,
    'iu',
  );
  return context;
}

// A prefilter of distinctive stems in every spelling and script above, without lookbehind or
// the Unicode flag: V8 scans a page's text with it about three times faster than with REGION, so
// an off-topic page is dismissed cheaply; REGION then confirms the rare hit ("Goris" the name).
const STEMS = /karaba|qaraba|carabaq|artsa[kxjc]|arzach|arcach|stepanak|step'anak|khankend|hankend|xank[əe]nd|lachin|la[çc][ıi]n|latchin|latschin|hakari|goris|nagorn|карабах|арцах|степанак|ханкенд|лачин|արցախ|ղարաբաղ|ստեփանակերտ/i;

/** True when the text names the region or one of its places. */
export function namesRegion(text: string): boolean {
  return STEMS.test(text) && REGION.test(text);
}

// The page gate's literals: how the region's name begins in Latin script, in the cases a page
// writes it. V8 finds a short literal that starts with a rare letter with memchr, at a few
// hundredths of the cost of reading the text; a case-insensitive expression costs more than
// the read itself (BENCHMARKS.md).
const LATIN_NAMES = ['Karaba', 'karaba', 'KARABA', 'Qaraba', 'Carabaq', 'Artsa', 'ARTSA', 'Arzach', 'Arcach', 'Stepan', 'Khanken', 'Hanken', 'Xank'];
// Every Cyrillic and Armenian name in STEMS has a small a (а, ա) whenever it is not all in capitals,
// so a page without either letter names the region in neither script; one that has them (a page in
// Russian or Armenian) goes on to namesRegion.
const OTHER_SCRIPTS = ['\u0430', '\u0561'];

/**
 * True when a whole page's text names the region, decided cheaply enough to run on every page
 * the user opens. In Latin script it is narrower than `namesRegion`: a page must name the region
 * or its capital (Karabakh, Artsakh, Stepanakert, Khankendi), not only a town on the road out, and
 * as a page writes a name: capitalised, or Karabakh also in lower or upper case. A page in
 * Cyrillic or Armenian script is judged by `namesRegion` itself.
 */
export function pageNamesRegion(text: string): boolean {
  const may = LATIN_NAMES.some((name) => text.includes(name)) || OTHER_SCRIPTS.some((letter) => text.includes(letter));
  return may && namesRegion(text);
}

/** True when the text has words that keep a passage on the subject (Armenia, refugees, Baku...). */
export function hasContext(text: string): boolean {
  return contextPattern().test(text);
}

/**
 * Marks which passages are about the region. A passage is if it names the region, or if it
 * has context words and a passage within `reach` of it names the region.
 */
export function relevantPassages(passages: string[], reach = 3): boolean[] {
  const named = passages.map(namesRegion);
  const out = new Array<boolean>(passages.length).fill(false);
  let lastNamed = -Infinity;
  for (let i = 0; i < passages.length; i++) {
    if (named[i]) lastNamed = i;
    out[i] = named[i]!;
  }
  // Forward and backward sweeps give each passage its distance to the nearest naming one.
  const near = new Array<number>(passages.length).fill(Infinity);
  lastNamed = -Infinity;
  for (let i = 0; i < passages.length; i++) {
    if (named[i]) lastNamed = i;
    near[i] = i - lastNamed;
  }
  let nextNamed = Infinity;
  for (let i = passages.length - 1; i >= 0; i--) {
    if (named[i]) nextNamed = i;
    near[i] = Math.min(near[i]!, nextNamed - i);
  }
  for (let i = 0; i < passages.length; i++) {
    if (!out[i] && near[i]! <= reach && hasContext(passages[i]!)) out[i] = true;
  }
  return out;
}
