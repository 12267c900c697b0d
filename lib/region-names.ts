/**
 * Whether a text names Nagorno-Karabakh or one of its places, in every spelling and script the
 * engine reads. Kept apart from the rest of the topic rules, with no imports, because the page
 * gate runs on every page the user opens and ships inside the content script.
 */

// The region and its places, in common spellings and scripts. A prefix match covers
// inflections ("Karabakh's", "Карабаха", "Karabakhi").
const REGION = new RegExp(
  String.raw`(?<![\p{L}])(?:(?:karaba(?:kh|gh|ch|j|ğ|g)|qaraba(?:ğ|g)|carabaque|artsa(?:kh|x|j|ch)|arzach|arcach|stepanakert|step'anakert|khankendi|hankendi|xank[əe]ndi|berg-?karabach|haut-karabakh|nagorn[oy]|карабах|арцах|степанакерт|ханкенди|лачин|արցախ|ղարաբաղ|ստեփանակերտ|հակարի|գորիս)|(?:լղհ?|нкр|lachin|la[çc][ıi]n|latchine|latschin|hakari|goris|горис(?:а|е|у|ом)?)(?![\p{L}]))`,
  'iu',
);

// A prefilter of distinctive stems in every spelling and script above, without lookbehind or
// the Unicode flag: V8 scans a page's text with it about three times faster than with REGION, so
// an off-topic page is dismissed cheaply; REGION then confirms the rare hit ("Goris" the name).
const STEMS = /karaba|qaraba|carabaq|artsa[kxjc]|arzach|arcach|stepanak|step'anak|khankend|hankend|xank[əe]nd|lachin|la[çc][ıi]n|latchin|latschin|hakari|goris|nagorn|карабах|арцах|степанак|ханкенд|лачин|արցախ|ղարաբաղ|ստեփանակերտ|հակարի|գորիս|լղ|нкр|горис/i;

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
