import { asOfDay } from './as-of';
import { attributionOf, isDenied } from './attribution';
import { dayRange, epochDay, lastWeekday, withYear } from './calendar';
import { classifyEvent, DECADES_LONG, eventOfYear, EXODUS_END, isCasualty, namesDepotBlast, pageAboutAnotherEvent, namesOtherEvent, OFFENSIVE_START, repeatedFigureEvents, type EventId } from './events';
import { extractFigures, roundness, type Figure } from './figures';
import { LEXICONS, vocabularyFor, type Vocabulary } from './lexicon/index';
import { detectLocale, type Locale } from './locale';
import { findCues } from './cues';
import { classifyMeasure, countedThing, fromTheOffensive, sentenceCues, shareOfMovers, type SentenceCues } from './measures';
import { sentenceHolding, splitPassages, splitSentences, type Span } from './passages';
import { tokenize } from './tokens';
import { hasContext, namesRegion, relevantPassages } from './topic';

/** A figure together with what it is about: the measure, the event, the day and who says it. */
export interface Claim {
  start: number;
  end: number;
  /** The figure as written, qualifier included ("more than 100,000"). */
  text: string;
  figure: Figure;
  measure: string;
  event: EventId;
  /** The epoch day the figure describes, when known. */
  asOf?: number;
  /** True when the sentence names that day; false when it is the page's date. */
  asOfExplicit: boolean;
  sentence: Span;
  attribution?: string;
  /** The sentence reports the figure as claimed by one side and denied by the other. */
  denied: boolean;
  /** "outras 23", "another 23": the figure adds to the count before it of the same measure; a part, never the total. */
  addition?: boolean;
}

/** How to read a text. */
export interface ExtractOptions {
  /** The page's (or report's) day, as an epoch day, for "on Thursday" and "last week". */
  pageDay?: number;
  /** `page` finds claims only in passages about the region; `source` reads every passage given. */
  mode?: 'page' | 'source';
  /** For `source` mode: which passages to read (boilerplate excluded); all when absent. */
  include?: (passage: Span, index: number) => boolean;
  locale?: Locale;
}

/**
 * Finds the claims in a text. In `page` mode only passages about Nagorno-Karabakh are read,
 * so an off-topic page costs one regular-expression test per passage and gives nothing.
 */
export function extractClaims(text: string, options: ExtractOptions = {}): Claim[] {
  const mode = options.mode ?? 'page';
  if (mode === 'page' && !namesRegion(text)) return [];
  // A page dated before the offensive reports the 2020 war, the blockade or older events, never the
  // exodus: it has nothing for this cross-check (the reports it is checked against all date from after).
  if (mode === 'page' && options.pageDay !== undefined && options.pageDay < OFFENSIVE_START) return [];
  const passages = splitPassages(text);
  // Which passages name the region, read once: the topic rule and the whole-page rule both use it.
  const named = mode === 'page' ? passages.map((p) => namesRegion(text.slice(p.start, p.end))) : [];
  const relevant =
    mode === 'page'
      ? relevantPassages(passages.map((p) => text.slice(p.start, p.end)), undefined, named)
      : passages.map((p, i) => (options.include ? options.include(p, i) : true));
  const locale = options.locale !== undefined ? options.locale : detectLocale(text);
  // A page written after the exodus that names another event more than the exodus (the 2016 war's
  // anniversary, the 2025 peace declaration) recalls the exodus in passing: its figures are of that event.
  // The whole page votes: its headline often names the event when no passage about the region does.
  if (mode === 'page' && pageAboutAnotherEvent(text, options.pageDay, () => vocabularyFor(locale))) return [];
  const vocab = vocabularyFor(locale);
  const facts = new SentenceFacts(text, vocab);
  // Each passage's sentences, split once: a passage is read, then looked back at by the next one.
  const split = new Map<number, Span[]>();
  const sentencesOf = (i: number): Span[] => {
    let s = split.get(i);
    if (!s) split.set(i, (s = splitSentences(text, passages[i]!)));
    split.delete(i - 2);
    return s;
  };
  const claims: Claim[] = [];
  // Passages read only for the blast's toll: the toll goes on in the next one as after a passage about the region.
  const blastRead: boolean[] = [];
  // Passages read only because the toll of the one before went on in them.
  const tollRead: boolean[] = [];
  // The article's body, when the page is about the region as a whole: up to the last passage that
  // names it (what follows is often a "related stories" list or the site's footer); -1 otherwise.
  const bodyEnd = mode === 'page' ? wholePageBodyEnd(passages, named) : -1;
  // On a page about the region as a whole, a passage no other rule reads is read as a report's is,
  // if it ends as a sentence does: a timestamp ("4 months ago"), caption or link line does not.
  // Such a passage names neither the region nor the subject, so what it cannot place is left out:
  // a sum of money (an appeal, a budget: not the aid the reports count), and a toll of 2023 on a page
  // that also tells of the fuel-depot blast, where the toll may be either's.
  const blastPage = bodyEnd >= 0 && namesDepotBlast(text, vocab);
  const asWhole = (i: number) =>
    i < bodyEnd && endsAsSentence(text, passages[i]!)
      ? claimsInPassage(text, passages[i]!, () => sentencesOf(i), facts, locale, options.pageDay, 'source').filter(
          (c) => c.figure.unit !== 'money' && !(blastPage && isCasualty(c.measure) && c.event === 'exodus-2023'),
        )
      : [];
  const namesOffensive = (i: number) => vocab.offensiveNouns.test(text.slice(passages[i]!.start, passages[i]!.end));
  const offensiveBefore = (i: number) => {
    for (let j = i - 1; j >= 0 && j >= i - OFFENSIVE_NAMED_REACH; j--) if (relevant[j] && namesOffensive(j)) return true;
    return false;
  };
  passages.forEach((passage, i) => {
    const carried = relevant[i - 1] || blastRead[i - 1];
    if (!relevant[i] && !carried && !tollRead[i - 1]) {
      claims.push(...asWhole(i));
      return;
    }
    // The sentences just before the passage, for a blast a paragraph before it named: the last
    // BLAST_CARRY sentences, reaching into the passage before that when the one before is short
    // ("…the explosion." / "«We found the remains of 170 people»" / "The earlier toll was 68 dead").
    // Split only when asked: most passages hold no figure and never look back.
    const tail = () => (i > 0 ? sentencesBefore(i, sentencesOf) : []);
    const blastBefore = mode === 'page' && !relevant[i] && carried && tail().some((t) => facts.namesBlast(t));
    // "Qeyd edək ki, partlayış zamanı 170 nəfər ölüb": a paragraph right after one about the region
    // that names the blast itself gives the blast's toll, though it names neither region nor subject.
    const blastHere = mode === 'page' && !relevant[i] && carried && !blastBefore && namesDepotBlast(text.slice(passage.start, passage.end), vocab);
    // "511 ASKER YARALI": a crosshead between two paragraphs about the region is about it too.
    const crosshead = mode === 'page' && !relevant[i] && relevant[i - 1] && relevant[i + 1] && isCrosshead(text, passage);
    // "The 24-hour blitz ended with a truce …" between two paragraphs about the region: a paragraph that names the
    // offensive by its own noun goes on with their subject, though it names neither the region nor a word of context.
    // Only between two such paragraphs, never by a word of war alone (the 2020 war, Ukraine's), and only where one of
    // the few paragraphs before named the offensive too: "a rescue operation at a mine" starts another subject.
    const onOffensive = mode === 'page' && !crosshead && !relevant[i] && relevant[i - 1] && relevant[i + 1] && namesOffensive(i) && offensiveBefore(i);
    // (A crosshead's toll right after sentences that name the fuel-depot blast is the blast's, as a sentence's is: "…
    // patlamada ölenlerin 125'e yükseldiğini bildirdi." / "290'DAN FAZLA YARALI".)
    if (crosshead || onOffensive) {
      claims.push(...claimsInPassage(text, passage, () => sentencesOf(i), facts, locale, options.pageDay, 'source', tail));
      return;
    }
    // "…at least 200 dead and over 400 wounded." / "Among the dead are at least ten civilians." / "Another
    // 40 civilians were wounded.": a paragraph right after one that ends on a toll of the subject goes
    // on with that toll in its first sentences, though it names neither the region nor the subject.
    if (!relevant[i] && !blastBefore && !blastHere) {
      if (mode !== 'page' || !(relevant[i - 1] || tollRead[i - 1]) || !endsOnToll(text, sentencesOf(i - 1), vocab)) {
        // "«Այս պահին հաշվառվածների թիվը 84․408 է»,- ասել է նա", "\"We have received 40,000 people,\" she said": a
        // quotation right after a paragraph about the region, attributed by a verb of saying, is its speaker going on.
        if (mode === 'page' && relevant[i - 1] && quoteGoesOn(text, passage, vocab)) {
          claims.push(...claimsInPassage(text, passage, () => sentencesOf(i), facts, locale, options.pageDay, 'source'));
        } else claims.push(...asWhole(i));
        return;
      }
      // The toll it goes on with is the last one read before it, in the passage before; its event
      // carries over ("192 Azerbaijani servicemen died" / "The ministry's list of the dead has 180 names").
      const last = claims[claims.length - 1];
      if (!last || !isCasualty(last.measure) || last.start < passages[i - 1]!.start) return;
      const toll = claimsInPassage(text, passage, () => sentencesOf(i), facts, locale, options.pageDay, mode, () => [], false, last.event);
      if (toll.length) tollRead[i] = true;
      claims.push(...toll);
      return;
    }
    if (!relevant[i]) blastRead[i] = true;
    // A paragraph that only goes on with the blast's toll ("Seven of them died; 13 bodies were
    // recovered") names neither the region nor the subject: it reads the toll, and nothing else.
    claims.push(...claimsInPassage(text, passage, () => sentencesOf(i), facts, locale, options.pageDay, mode, tail, !relevant[i]));
  });
  if (mode === 'page') return withoutRepeatedWeeks(withProvinceLists(text, passages, headlineEvents(text, passages, repeatedFigureEvents(claims, text, vocab)), vocab, locale, options.pageDay));
  return claims;
}

/**
 * A page that places an event in a week counted from its own ("the offensive last week", "the deaths of the
 * offensive of last week") says one thing however often it says it: the first such date of a measure and
 * event is the claim, a later one of the same days is the same claim again.
 */
function withoutRepeatedWeeks(claims: Claim[]): Claim[] {
  const seen = new Set<string>();
  return claims.filter((c) => {
    const days = c.figure.date?.days;
    if (!days) return true;
    const key = `${c.measure} ${c.event} ${days[0]}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** How many passages must name the region for a page to be about it as a whole. */
const WHOLE_PAGE_NAMED_MIN = 3;
/** The headline and lead: the first passages, one of which must name the region. */
const WHOLE_PAGE_LEAD = 2;

// A passage that ends on a full stop, question or exclamation mark (Armenian's too), maybe inside a closing quote or bracket.
function endsAsSentence(text: string, passage: Span): boolean {
  return /[.!?։…][\s"'»”’)\]]*$/u.test(text.slice(Math.max(passage.start, passage.end - 6), passage.end));
}

/**
 * When the page is about the region as a whole, the index of the last passage that names it, which
 * closes the article's body; -1 when it is not. A page is about the region when its headline or lead
 * names it and at least WHOLE_PAGE_NAMED_MIN passages do. A news round-up names it in one item, a link
 * list or a "related stories" box in its own lines, never in the headline and passage after passage.
 */
function wholePageBodyEnd(passages: Span[], named: readonly boolean[]): number {
  if (!named.slice(0, WHOLE_PAGE_LEAD).some(Boolean)) return -1;
  let n = 0;
  let last = -1;
  passages.forEach((_, i) => {
    if (named[i]) [n, last] = [n + 1, i];
  });
  return n >= WHOLE_PAGE_NAMED_MIN ? last : -1;
}

/**
 * "218 ölü, 120 yaralı - …" over a body that tells of the fuel-depot blast: a headline (a first passage
 * without a full stop) names no event, but its figure, written again in the body with the same measure,
 * is the body's figure and takes the body's event.
 */
function headlineEvents(text: string, passages: Span[], claims: Claim[]): Claim[] {
  const head = passages[0];
  if (!head || passages.length < 2 || /[.!?։]\s*$/u.test(text.slice(head.start, head.end))) return claims;
  return claims.map((c) => {
    if (c.end > head.end) return c;
    const body = claims.find((d) => d.start >= head.end && d.measure === c.measure && d.figure.value === c.figure.value && d.figure.unit === c.figure.unit);
    return body && body.event !== c.event ? { ...c, event: body.event } : c;
  });
}

/** The fewest province–count pairs that make a list: one pair alone may be a place named in passing. */
const PROVINCE_LIST_MIN = 2;
/**
 * How many passages after a count of the refugees a province list still breaks that count down: the
 * count, a heading ("By province, the distribution is as follows"), then the list.
 */
const PROVINCE_LIST_REACH = 3;
/** The most characters between a province's name and its count: "Արարատի մարզում՝ 6139", "Kotayk province (20,331 people)". */
const PROVINCE_COUNT_GAP = 30;
/** The measures a province list breaks down: people who left, were registered or were given housing. */
const PROVINCE_MEASURES = new Set(['left', 'registered', 'housed']);
/** The same, narrowest first. */
const PROVINCE_NARROWEST = ['housed', 'registered', 'left'] as const;

/**
 * "Արագածոտն՝ 2317 / Արարատ՝ 12 395 / …", "settled in Kotayk province (20,331), Ararat (14,743) and
 * Armavir (10,416)": a list of Armenia's provinces, each with its count, right after a count of the
 * refugees, breaks that count down by where they were settled. Its lines name neither the region nor
 * the subject, so they are never read as passages about the region; each item is the list's measure
 * in one province (`housed:province`), a figure no report gives. The measure is the verb of the
 * item's own sentence when it is one of the refugees' (placed, registered, arrived), else the
 * narrowest such word between the count and the list, else the count's own. An item the passage reading already measured takes the province measure instead:
 * a province's share is not the whole count.
 */
function withProvinceLists(text: string, passages: Span[], claims: Claim[], vocab: Vocabulary, locale: Locale, pageDay: number | undefined): Claim[] {
  vocab.provinces.lastIndex = 0;
  if (claims.length === 0 || !vocab.provinces.test(text)) return claims;
  const passageOf = (at: number) => passages.findIndex((p) => at >= p.start && at < p.end);
  // The province–count pairs of each passage.
  const pairs: Array<{ i: number; figure: Figure; countFirst: boolean; bare: boolean }> = [];
  // The figures already paired with the province before them, by start: a count is one item.
  const paired = new Set<number>();
  passages.forEach((passage, i) => {
    const body = text.slice(passage.start, passage.end);
    vocab.provinces.lastIndex = 0;
    if (!vocab.provinces.test(body)) return;
    const figures = extractFigures(body, locale, tokenize(body)).filter((f) => f.unit === 'count' && !f.vague);
    vocab.provinces.lastIndex = 0;
    // Names come in the order of the text, and so do figures: the first figure past a name is found by
    // walking on from the last name's, not by a search from the passage's start (a one-line page is one
    // passage, and the search made it quadratic).
    const ordered = figures.every((f, k) => k === 0 || figures[k - 1]!.start <= f.start);
    let next = 0;
    for (let m = vocab.provinces.exec(body); m; m = vocab.provinces.exec(body)) {
      const from = m.index + m[0].length;
      while (next < figures.length && figures[next]!.start < from) next++;
      const within = (f: Figure | undefined) => f !== undefined && f.start >= from && f.start - from <= PROVINCE_COUNT_GAP;
      const found = ordered ? (within(figures[next]) ? figures[next] : undefined) : figures.find(within);
      const bare = bareCount(body, from);
      const figure = found && bare ? (bare.start < found.start ? bare : found) : (found ?? bare);
      if (!figure) continue;
      // Only the province's own words stand between: its noun, a verb, a colon or a bracket; no other
      // number, clause break or place.
      const gap = body.slice(from, figure.start);
      if (/[\d,;.!?։]/u.test(gap) || /\s(?:[\p{L}\p{M}]+\s+){4}/u.test(gap)) continue;
      paired.add(figure.start + passage.start);
      pairs.push({ i, figure: shift(figure, passage.start), countFirst: false, bare: figure === bare });
    }
    // "1.465 a Syunik, 810 a Vayots Dzor", "2.259 fueron alojados en Aragatsotn, 8.898 en Ararat": the
    // count first, then a preposition (a verb, a noun of province) and the province.
    vocab.provinces.lastIndex = 0;
    let last = 0;
    for (let m = vocab.provinces.exec(body); m; m = vocab.provinces.exec(body)) {
      while (last < figures.length && figures[last]!.end <= m.index) last++;
      const found = ordered ? figures[last - 1] : figures.filter((f) => f.end <= m!.index).pop();
      const bare = bareCountBefore(body, m.index);
      const figure = found && bare ? (bare.start > found.start ? bare : found) : (found ?? bare);
      if (!figure || !COUNT_BEFORE_PROVINCE.test(body.slice(figure.end, m.index))) continue;
      const at = shift(figure, passage.start);
      if (!paired.has(at.start)) pairs.push({ i, figure: at, countFirst: true, bare: figure === bare });
    }
  });
  pairs.sort((a, b) => a.figure.start - b.figure.start);
  if (pairs.length < PROVINCE_LIST_MIN) return claims;
  // Runs of pairs in one passage or in passages next to one another.
  const runs: Array<typeof pairs> = [];
  for (const pair of pairs) {
    const run = runs[runs.length - 1];
    if (run && pair.i - run[run.length - 1]!.i <= 1) run.push(pair);
    else runs.push([pair]);
  }
  const out = [...claims];
  let changed = false;
  // Each passage split once, and each claim's place in `out` by its start: a one-line page is one
  // passage, with any number of items (a split or a search per item made reading it quadratic).
  const split = new Map<number, Span[]>();
  const placeOf = new Map<number, number>();
  out.forEach((c, k) => placeOf.has(c.start) || placeOf.set(c.start, k));
  for (const run of runs) {
    // A bare year-like number is an item only in a list that real counts make ("… 1.683 en Shirak, en 1902 en Tavush").
    if (run.filter((p) => !p.bare).length < PROVINCE_LIST_MIN) continue;
    const first = run[0]!;
    // The count the list breaks down: the last of the refugees' counts before it, within reach.
    const anchor = [...claims].reverse().find((c) => c.start < first.figure.start && c.event === 'exodus-2023' && PROVINCE_MEASURES.has(c.measure) && first.i - passageOf(c.start) <= PROVINCE_LIST_REACH);
    if (!anchor) continue;
    // Items that put the count first are joined by commas to a count before them that names a province
    // too ("1.400 persone sono ospitate nella regione di Syunik, 610 nella regione di Lori"): that count is
    // the series' first item, no whole. The whole stands apart, past a colon or a sentence's end.
    if (run.some((p) => p.countFirst) && anchor.sentence.end > first.figure.start && !/[:։]/u.test(text.slice(anchor.end, first.figure.start))) continue;
    // What the list counts: the narrowest of the refugees' words between that count and the list
    // ("she presented how many made use of the accommodation … in the provinces"), else the count's own
    // measure. Words of leaving describe the people in every sentence ("our forcibly displaced
    // compatriots"); housing, then registration, say which count is broken down.
    const lead = text.slice(anchor.start, first.figure.start);
    const said = new Set(sentenceCues(lead, anchor.start, vocab).actions.filter((c) => !c.weak).map((c) => c.kind));
    const listMeasure = PROVINCE_NARROWEST.find((m) => said.has(m)) ?? anchor.measure;
    for (const { i, figure } of run) {
      if (!split.has(i)) split.set(i, splitSentences(text, passages[i]!));
      const sentence = sentenceHolding(split.get(i)!, figure) ?? passages[i]!;
      const sentenceText = text.slice(sentence.start, sentence.end);
      const own = sentenceCues(sentenceText, sentence.start, vocab).actions.filter((c) => PROVINCE_MEASURES.has(c.kind) && !c.weak);
      // Of the item's own words, the narrowest too: "housed … 1183 forcibly displaced persons" is housing,
      // the word of leaving only describes the people.
      const base = own.length ? (PROVINCE_NARROWEST.find((m) => own.some((c) => c.kind === m)) ?? nearestCue(own, figure).kind) : listMeasure;
      const asOf = asOfDay(sentenceText, sentence.start, figure, pageDay, [], vocab);
      const claim: Claim = {
        start: figure.start,
        end: figure.end,
        text: figure.raw,
        figure,
        measure: `${base}:province`,
        event: 'exodus-2023',
        ...(asOf.day !== undefined ? { asOf: asOf.day } : anchor.asOf !== undefined ? { asOf: anchor.asOf } : {}),
        asOfExplicit: asOf.explicit,
        sentence,
        denied: false,
      };
      const at = placeOf.get(figure.start);
      if (at !== undefined) out[at] = claim;
      else placeOf.set(figure.start, out.push(claim) - 1);
      changed = true;
    }
  }
  return changed ? out.sort((a, b) => a.start - b.start) : claims;
}

/**
 * Between a count and the province after it: one to PROVINCE_WORDS_BEFORE words (a preposition, a verb of
 * housing, a noun of province: "200 ad Armavir", "2.259 fueron alojados en Aragatsotn", "610 nella regione
 * di Lori"), no number or punctuation. None at all ("1,465 Lori") may be a table's next label.
 */
const PROVINCE_WORDS_BEFORE = 4;
const COUNT_BEFORE_PROVINCE = new RegExp(String.raw`^[\s\u00A0]+(?:[\p{L}\p{M}]+(?:['’][\s\u00A0]*|[\s\u00A0]+)){1,${PROVINCE_WORDS_BEFORE}}$`, 'u');

// "en 1902 en Tavush": a bare number that could be a year, right before a province's name (see bareCount).
function bareCountBefore(body: string, to: number): Figure | undefined {
  const from = Math.max(0, to - PROVINCE_COUNT_GAP - 5);
  const m = /(?<![\d.,])(\d{4})(?![\d\p{L}]|[.,]\d)[^\d]*$/u.exec(body.slice(from, to));
  if (!m) return undefined;
  const value = Number(m[1]);
  const start = from + m.index;
  return { start, end: start + 4, raw: m[1]!, value, low: value, high: value, unit: 'count', qualifier: 'exact', vague: false, tolerance: Math.min(roundness(value) / 2, 0.05 * value), tokens: [0, 0] };
}

// "Վայոց ձոր՝ 1923": in a list of counts, a bare number that could be a year is the item's count
// (figure extraction drops a bare year-like number as a year used as a name).
function bareCount(body: string, from: number): Figure | undefined {
  const m = /^[^\d]{0,30}?(?<![\d.,])(\d{4})(?![\d\p{L}]|[.,]\d)/u.exec(body.slice(from, from + PROVINCE_COUNT_GAP + 5));
  if (!m) return undefined;
  const value = Number(m[1]);
  const start = from + m.index + m[0].length - 4;
  return { start, end: start + 4, raw: m[1]!, value, low: value, high: value, unit: 'count', qualifier: 'exact', vague: false, tolerance: Math.min(roundness(value) / 2, 0.05 * value), tokens: [0, 0] };
}

// The cue nearest a figure, before or after it.
function nearestCue<T extends { start: number; end: number }>(cues: T[], figure: Figure): T {
  const gap = (c: T) => (c.end <= figure.start ? figure.start - c.end : c.start - figure.end);
  return cues.reduce((a, b) => (gap(b) < gap(a) ? b : a));
}

// The last BLAST_CARRY sentences before passage i, in text order, from the passages before it.
function sentencesBefore(i: number, sentencesOf: (j: number) => Span[]): Span[] {
  let out: Span[] = [];
  for (let j = i - 1; j >= 0 && j >= i - BLAST_CARRY && out.length < BLAST_CARRY; j--) out = [...sentencesOf(j), ...out];
  return out.slice(-BLAST_CARRY);
}

/** How many characters before a figure a phrase pointing back at a count is looked for. */
const ANAPHORA_REACH = 50;

// "that number was", "liczba ta wynosi już": the phrase stands right before the figure, at most three words between.
function pointsBack(s: SentenceCues, figure: Figure): boolean {
  return s.vocab.anaphora.test(leadIn(s, figure));
}

/** The sentence's last ANAPHORA_REACH characters before the figure. */
function leadIn(s: SentenceCues, figure: Figure): string {
  const at = figure.start - s.start;
  return s.text.slice(Math.max(0, at - ANAPHORA_REACH), at);
}

/** The counts whose share a sentence may restate: people who left, people who stayed. */
const SHARE_OF = new Set(['left', 'remaining']);

// "That is", "Das entspricht", "soit", "lo que representa" right before the share (lexicon `restates`).
function restates(s: SentenceCues, figure: Figure): boolean {
  return s.vocab.restatesBefore.test(leadIn(s, figure));
}

/** The opening quotation marks of every language: a passage that opens with one is a quotation. */
const OPENING_QUOTE = /^\s*[«"„“‘]/u;

// The passage opens with a quotation mark and names a verb of saying or "according to" (lexicon `speech`, `accordingTo`).
function quoteGoesOn(text: string, passage: Span, vocab: Vocabulary): boolean {
  const body = text.slice(passage.start, passage.end);
  if (!OPENING_QUOTE.test(body)) return false;
  vocab.speech.lastIndex = 0;
  return vocab.speech.test(body);
}

/** The longest line read as a crosshead: a few words, no sentence. */
const CROSSHEAD_MAX = 60;

// A line of a few words in capitals with no full stop: "511 ASKER YARALI", "OPERASYON 24 SAAT
// SÜRMÜŞTÜ"; not a time stamp such as "4 months ago".
function isCrosshead(text: string, passage: Span): boolean {
  const line = text.slice(passage.start, passage.end).trim();
  return line.length <= CROSSHEAD_MAX && !/[.!?։\n]|\p{Ll}/u.test(line) && /\p{Lu}/u.test(line);
}

/**
 * The most figures read in one passage. A paragraph of reporting has a few dozen at most; a
 * passage with more is a table, a data dump or a hostile page's single line, and only its first
 * MAX_FIGURES_PER_PASSAGE figures are read, so the claims (each judged against the whole index)
 * one passage can make are bounded, however long it is.
 */
export const MAX_FIGURES_PER_PASSAGE = 500;

/**
 * How many paragraphs back a paragraph about the region must have named the offensive for a later one that names it
 * by its noun alone to go on with it: a few, as a story's paragraphs on the fighting run together.
 */
const OFFENSIVE_NAMED_REACH = 3;

/** How many sentences after a toll on the subject a sentence that only goes on with the toll is still read. */
const TOLL_CARRY = 2;

// The passage's last sentence speaks of the dead or the wounded.
function endsOnToll(text: string, sentences: Span[], vocab: Vocabulary): boolean {
  const last = sentences[sentences.length - 1];
  if (!last) return false;
  const t = text.slice(last.start, last.end);
  const { killed, wounded } = vocab.actions;
  killed.strong.lastIndex = 0;
  wounded.strong.lastIndex = 0;
  return killed.strong.test(t) || wounded.strong.test(t);
}

// The sentence speaks of the dead or the wounded.
function namesToll(s: SentenceCues): boolean {
  return s.actions.some((c) => c.kind === 'killed' || c.kind === 'wounded');
}

/**
 * How many sentences after one that names the fuel-depot blast a toll naming no event is still the
 * blast's: a report gives the dead, then the injured, then the missing, in the next two sentences.
 */
const BLAST_CARRY = 2;

/**
 * Whether a weekday figure ("on Tuesday", "last Wednesday", "Salı günü") may date an event of the autumn, asked as the
 * passage's figures are read, before any measure rule (most weekdays on a page date something else, and each would
 * otherwise cost its sentence's reading of date words):
 * - only with the page's day, which it is counted from, and never in a report (its statements leave weekdays out:
 *   `statementsOf`);
 * - only when that day puts it between the offensive and the republic's end (a page of 2025 that says "on Tuesday"
 *   tells of something else);
 * - never right after or before a verb of saying: "officials said on Tuesday", "sagte am Dienstag", "во вторник
 *   заявили", "Salı günü açıkladı" date the saying (the count's as-of reading takes such a weekday, as-of.ts), not
 *   an event, whatever the clause said goes on to tell; but for a word of what dates mark that is the saying's own
 *   object, right after the weekday (an article between at most): "announced on Tuesday an anti-terrorist
 *   operation" dates the operation, as "announced on 19 September an operation" does (saidBetween, measures.ts).
 */
function weekdayMayDate(text: string, f: Figure, weekday: number, pageDay: number | undefined, mode: 'page' | 'source', vocab: Vocabulary): boolean {
  if (pageDay === undefined || mode === 'source') return false;
  const day = lastWeekday(f.date?.weekdayBefore ? pageDay - 1 : pageDay, weekday);
  if (day < OFFENSIVE_START || day >= EXODUS_END) return false;
  if (vocab.speechAfter.test(text.slice(f.end, f.end + SPEECH_REACH))) return false;
  if (!vocab.speechBefore.test(text.slice(Math.max(0, f.start - SPEECH_REACH), f.start))) return true;
  const object = text.slice(f.end, f.end + SAID_OBJECT_REACH);
  // "officials said on Tuesday." , "said on Monday, quoting …": a stop or a comma first, no object.
  if (!OBJECT_OPENS.test(object)) return false;
  const cue = [...findCues(object, vocab.dateCues), ...findCues(object, vocab.dateNouns)].sort((a, b) => a.start - b.start)[0];
  return cue !== undefined && SAID_OBJECT_LEAD.test(object.slice(0, cue.start));
}

/**
 * Whether a word that joins two clauses (lexicon `clauseJoins`) or a comma stands between a cue and a figure; the
 * comma right after a figure that opens its sentence does not count.
 */
function joinsClauses(text: string, c: Span, figure: Figure, vocab: Vocabulary, opensSentence: boolean): boolean {
  const between = c.end <= figure.start ? text.slice(c.end, figure.start) : text.slice(figure.end, c.start);
  // A separator of thousands ("100,000") is no comma of a clause.
  const commas = between.match(/,(?!\d)/gu)?.length ?? 0;
  if (commas > 1 || (commas === 1 && !(opensSentence && c.start >= figure.end && /^\s*,/u.test(between)))) return true;
  const joins = vocab.clauseJoinAll;
  joins.lastIndex = 0;
  return joins.test(` ${between} `);
}

/** How far (in characters) before or after a weekday a verb of saying is looked for: the longest verb and its spaces. */
const SPEECH_REACH = 40;
/** How far after a weekday beside a verb of saying the saying's object is looked for: an article and a long noun. */
const SAID_OBJECT_REACH = 40;
/** How far before a count its word of addition is looked for: the longest such word and its spaces ("a further "). */
const INCREMENT_REACH = 20;
/** After a weekday, a space and a letter: the saying may have an object (not a stop or a comma). */
const OBJECT_OPENS = /^[\s\u00a0]+[\p{L}\p{M}]/u;
/** Before the saying's object: spaces and at most one word (an article, a possessive: "an", "its", "la"). */
const SAID_OBJECT_LEAD = /^[\s\u00a0]+(?:[\p{L}\p{M}'’]+[\s\u00a0]+)?$/u;

function claimsInPassage(text: string, passage: Span, split: () => Span[], facts: SentenceFacts, locale: Locale, pageDay: number | undefined, mode: 'page' | 'source', priorSentences: () => Span[] = () => [], blastOnly = false, tollOf?: EventId): Claim[] {
  const tollOnly = tollOf !== undefined;
  const vocab = vocabularyFor(locale);
  const body = text.slice(passage.start, passage.end);
  if (!/\d|\p{L}{3,}/u.test(body)) return [];
  const figures = extractFigures(body, locale, tokenize(body));
  // The figures are this reading's own (extractFigures made them): cut and moved to the text's offsets in place, not copied.
  if (figures.length > MAX_FIGURES_PER_PASSAGE) figures.length = MAX_FIGURES_PER_PASSAGE;
  let kept = 0;
  for (const f of figures) {
    f.start += passage.start;
    f.end += passage.start;
    if (f.date?.weekday === undefined || weekdayMayDate(text, f, f.date.weekday, pageDay, mode, vocab)) figures[kept++] = f;
  }
  figures.length = kept;
  if (figures.length === 0) return [];
  const sentences = split();
  const before = priorSentences();
  const sentenceTexts = sentences.map((s) => text.slice(s.start, s.end));
  // A passage about the fuel-depot blast names it once and gives its toll in the sentences after:
  // a sentence names the blast, or follows within BLAST_CARRY sentences one that does, with no
  // sentence between them naming another event (the offensive, the exodus, a war). The passage's
  // sentences follow the previous passage's last ones (index -1 is the one right before).
  const sentenceAt = (j: number): Span | undefined => (j >= 0 ? sentences[j] : before[before.length + j]);
  // The blast is rare: the sentences between are asked about other events only once one names it.
  const blastJustNamed = memo(sentences.length, (k: number): boolean => {
    let named = k;
    // A toll that the blast carried carries it on: the dead, then the injured and missing, then the earlier toll.
    // (Carried first, a toll after: a sentence's cues are read only near the blast, which is rare.)
    for (let j = k - 1; j >= k - BLAST_CARRY && j >= -before.length && named === k; j--) if (facts.namesBlast(sentenceAt(j)!) || (j >= 0 && blastJustNamed(j) && namesToll(cuesOf(j)))) named = j;
    if (named === k) return false;
    for (let j = k - 1; j > named; j--) if (facts.namesOtherEvent(sentenceAt(j)!)) return false;
    return true;
  });
  // Only the sentences that hold a figure are asked whether they are on topic.
  const ownTopic = memo(sentences.length, (k: number) => mode === 'source' || (!blastOnly && !tollOnly && sentenceOnTopic(sentenceTexts, k)));
  // "Unter den Toten seien zwei Zivilisten. Mehr als 200 weitere seien verletzt worden": a sentence
  // right after a toll of the passage's subject goes on with that toll, though it names neither the
  // region nor the subject; it gives a toll and nothing else (up to TOLL_CARRY sentences on).
  const tollGoesOn = memo(sentences.length, (k: number): boolean => {
    if (blastOnly || mode === 'source') return false;
    // A passage read only because the one before ended on a toll: its first sentences, each naming the dead or wounded.
    if (tollOnly) {
      for (let j = k; j >= 0; j--) if (!namesToll(cuesOf(j))) return false;
      return k < TOLL_CARRY;
    }
    for (let j = k - 1; j >= 0 && j >= k - TOLL_CARRY; j--) {
      if (!namesToll(cuesOf(j))) return false;
      if (ownTopic(j)) return true;
    }
    return false;
  });
  // In a paragraph read only for the blast, a sentence that names it gives its toll too.
  const onTopic = (k: number) => ownTopic(k) || blastJustNamed(k) || (blastOnly && facts.namesBlast(sentences[k]!)) || tollGoesOn(k);
  const cues = new Map<number, SentenceCues>();
  const cuesOf = (k: number): SentenceCues => {
    let sc = cues.get(k);
    if (!sc) {
      sc = sentenceCues(sentenceTexts[k]!, sentences[k]!.start, vocab);
      const { start, end } = sentences[k]!;
      // A weekday dates an announcement as often as an event: the sentence's calendar days are read without it.
      sc.dateFigures = figures.filter((f) => f.unit === 'date' && f.date?.weekday === undefined && f.start >= start && f.end <= end);
      sc.dateSpans = sc.dateFigures.map((f) => [f.start, f.end] as [number, number]);
      cues.set(k, sc);
    }
    return sc;
  };
  // A date of a sentence a few sentences after the region's name in its paragraph (namedEarlierInParagraph).
  // Only a sentence that names a war or the offensive itself ("to halt the fighting"): "On September 27, the Hollywood
  // writers' strike ended" in a round-up paragraph is another story's date.
  const dateTopic = memo(sentences.length, (k: number) => !blastOnly && !tollOnly && mode === 'page' && namedEarlierInParagraph(sentenceTexts, k) && (cuesOf(k).actions.some((c) => c.kind === 'war') || cuesOf(k).dates.some((c) => c.weak && c.kind === 'start')));
  // First what each figure measures; dates that measure nothing may then date the others.
  // Figures come in text order, so one walk finds each figure's sentence: a passage of many
  // sentences and figures (one long line) costs linear time, not sentences × figures.
  let cursor = 0;
  const read = figures.map((figure) => {
    while (cursor < sentences.length && figure.start >= sentences[cursor]!.end) cursor++;
    const at = cursor < sentences.length && figure.start >= sentences[cursor]!.start ? cursor : -1;
    return { figure, k: at, measure: at >= 0 && (onTopic(at) || (figure.unit === 'date' && dateTopic(at))) ? classifyMeasure(cuesOf(at), figure) : null };
  });
  // "that number was 84,770", "liczba ta wynosi już ponad 47 tysięcy": a count that points back
  // takes the measure of the count before it in the passage, in its sentence or the one before.
  let lastCount: { k: number; measure: string } | null = null;
  const restated = new Set<Figure>();
  for (const r of read) {
    // "…more than 50,000 have fled. That is more than a third of the population", "88 780 personnes, soit
    // près des trois quarts": a share that restates the count of leaving (or staying) just given is its share.
    // It is on the subject of the count it restates, though it names neither the region nor the subject itself.
    // Not a share of the movers themselves: "более чем 47 тысячам … — это около 47% всех беженцев" is of the refugees.
    if (r.figure.unit === 'percent' && r.measure === null && lastCount && r.k >= 0 && r.k - lastCount.k <= 1 && SHARE_OF.has(lastCount.measure) && restates(cuesOf(r.k), r.figure) && !shareOfMovers(cuesOf(r.k), r.figure)) {
      r.measure = `share_${lastCount.measure}`;
      restated.add(r.figure);
    }
    if (r.figure.unit !== 'count') continue;
    if (r.measure === null && lastCount && r.k >= 0 && r.k - lastCount.k <= 1 && onTopic(r.k) && pointsBack(cuesOf(r.k), r.figure)) r.measure = lastCount.measure;
    if (r.measure !== null) lastCount = { k: r.k, measure: r.measure };
  }
  // "1.298 persone sono ospitate a Syunik, 532 a Vayots Dzor, 752 a Gegharkunik e 268 a Tavush": a series
  // of counts under one verb gives each count its own claim with the measure the series opened with.
  read.forEach((r, n) => {
    const p = read[n - 1];
    if (r.measure === null && p?.measure && p.k === r.k && r.k >= 0 && onTopic(r.k) && listItemAfter(text, cuesOf(r.k), p.figure, r.figure)) r.measure = p.measure;
  });
  // The dates of each sentence that measure nothing, which may date its other figures.
  const plainDates = new Map<number, Figure[]>();
  for (const r of read) {
    if (r.figure.unit !== 'date' || r.measure !== null) continue;
    const list = plainDates.get(r.k) ?? [];
    list.push(r.figure);
    plainDates.set(r.k, list);
  }
  const claims: Claim[] = [];
  for (const { figure, k, measure } of read) {
    if (!measure) continue;
    // "France 24", "Article 5", "2 / 10", "a 5-kilometre-wide road", "two years ago": the figure's own phrase makes it no figure of the events.
    if (notAFigure(text, passage, figure, measure, vocab)) continue;
    // A report's "last week" is read as its placement of the event (placementsOf in source-index.ts), not as a date;
    // a page's "last week" without the page's day names no days at all.
    if ((mode === 'source' || pageDay === undefined) && (figure.date?.weekOffset !== undefined || figure.date?.dayOffset !== undefined)) continue;
    // "3020 families were given a housing certificate", "500 семей": a count of households is no count of people,
    // which is what the reports give; it stands as its own measure (`left:households`), which no report gives.
    let own = figure.unit === 'count' && countsHouseholds(text, passage, figure, vocab) ? householdMeasure(measure) : measure;
    // A sentence read only because it follows the blast gives the blast's toll and nothing else.
    if (!isCasualty(own) && !ownTopic(k) && !restated.has(figure) && !(figure.unit === 'date' && dateTopic(k))) continue;
    // "…dass fast alle Armenier die Region verlassen würden": a share foreseen in its clause has not left.
    if (figure.unit === 'percent' && shareForeseen(text, sentences[k]!, figure, vocab)) continue;
    // "Of the dead, 13 were not identified": in a paragraph read only for the toll before it, a count
    // that names nobody of its own is a part of that toll, not a toll.
    if (tollOnly && countedThing(cuesOf(k), figure) === null) continue;
    const sentence = sentences[k]!;
    const sentenceText = sentenceTexts[k]!;
    // The dissolution was announced for a day ahead: until that day, its day written without a year
    // ("le 1er janvier", "para el 1 de enero") is the next one, not the one before the page.
    const ahead = aheadOf(vocab, sentenceText) || (own === 'date:dissolution' && pageDay !== undefined && pageDay < EXODUS_END);
    const dated = figure.unit === 'date' ? { ...figure, date: withYear(rangeYear(figure, cuesOf(k).dateFigures ?? [], text, vocab), pageDay, ahead) } : figure;
    if (dated.date) {
      const range = dayRange(dated.date);
      if (range) [dated.low, dated.high, dated.value] = [range[0], range[1], range[0]];
    }
    // A beginning dated from the day the republic ceased to exist on is another thing's beginning, never the
    // offensive's: "the trials began in Baku on 17 January" on a page of 2025. Judged on the day as resolved from
    // the page's, not only a written year (review 20, H1); a writer who misdates the offensive writes a day of that autumn.
    if (own === 'date:start' && dated.unit === 'date' && dated.low >= EXODUS_END) continue;
    // A day that opens the period of a count of the leaving ("had arrived since Sunday") is the exodus's first day only
    // where it is that day: a later day opens a window of the count ("since Monday, 6,650 more"), and the offensive's
    // day, the usual start of such counts, is no day anyone left on (review 18, H3). Neither dates the leaving's
    // beginning. The count itself must be one of people who left (kept at the passage's end, leavingCountBeside).
    if (own === 'date:exodus' && opensTheLeaving(text, sentence, figure, vocab) && !(dated.low === EXODUS_FIRST_DAY && dated.high === EXODUS_FIRST_DAY)) continue;
    // "Last week, Azerbaijani forces took control of the area" on a page of November: a week counted from the page's
    // dates the offensive only where it holds the offensive's days; any other week is another taking.
    if (own === 'date:start' && (figure.date?.weekOffset !== undefined || figure.date?.dayOffset !== undefined) && !(dated.low <= OFFENSIVE_LAST_DAY && dated.high >= OFFENSIVE_START)) continue;
    // A weekday is never the dissolution's day: that day (1 January 2024) lies past the window weekdayMayDate keeps,
    // so a weekday beside the word dates the announcement ("announced on Thursday the dissolution … on 1 January").
    if (figure.date?.weekday !== undefined && own === 'date:dissolution') continue;
    // A weekday dates the decree only in the weeks it was signed: "On Friday, Shahramanyan said the decree … had no
    // legal force" on a page of December tells of a later act on it.
    if (figure.date?.weekday !== undefined && own === 'date:decree' && (dated.low < OFFENSIVE_START || dated.low >= DECREE_WEEKS_END)) continue;
    // "began leaving for Armenia over the weekend and were still arriving on Monday", "A UN team reached Stepanakert on
    // Sunday, days after the exodus began": a weekday whose sentence's words of what dates mark all stand across a word
    // that joins two clauses, or a comma, is the day of its own clause's verb. A weekday that opens its sentence is
    // set off by its comma ("Na terça-feira, o Azerbaijão iniciou …").
    if (figure.date?.weekday !== undefined && own.startsWith('date:') && own !== 'date:arrest' && !(own === 'date:exodus' && opensTheLeaving(text, sentence, figure, vocab))) {
      const opens = text.slice(sentence.start, figure.start).trim() === '';
      if (!cuesOf(k).dates.some((c) => !joinsClauses(text, c, figure, vocab, opens))) continue;
    }
    let event = classifyEvent(sentenceText, sentence.start, dated, own, pageDay, vocab, blastJustNamed(k) ? 'fuel-depot' : undefined);
    // "On 24 February 2022 Russia attacked Ukraine": a beginning written with a year before the offensive's that no
    // earlier event of these (the wars, the blockade) takes is another country's or another time's, never the offensive's.
    if (own === 'date:start' && event === 'exodus-2023' && figure.date?.year !== undefined && dated.high < OFFENSIVE_YEAR_START) continue;
    // A start from the offensive's first day on is the offensive's, whatever word of the blockade the sentence holds
    // ("après l'assaut militaire … le 19 septembre et neuf mois de blocus", "na een belegering van tien maanden en een
    // snelle militaire actie deze maand": "this month" is known as September 2023 only once resolved, here).
    if ((own === 'date:start' || own === 'date:blockade') && event === 'blockade' && fromTheOffensive(dated.date)) {
      if (!cuesOf(k).dates.some((c) => c.kind === 'start')) continue;
      own = 'date:start';
      event = 'exodus-2023';
    }
    // "the blockade, which Azerbaijan began in mid-December 2022": the blockade's beginning is its date, as the reports
    // keep it, where the sentence names the region, its corridor or Azerbaijan; the siege of Leningrad is another's.
    if (own === 'date:start' && event === 'blockade' && (namesRegion(sentenceText) || vocab.azerbaijan.test(sentenceText) || vocab.sides.azerbaijani.test(sentenceText))) own = 'date:blockade';
    // "In a six-week offensive three years ago": a year named by its distance from the page's scopes the figures of
    // its clause as the year written out would ("in 2020"), before a word of the offensive, which any war has.
    if (event === 'exodus-2023' && figure.unit !== 'date') event = warYearsAgo(read, k, figure, sentenceText, sentence.start, pageDay) ?? event;
    // "Fighting … escalated in 1992 … That war left thousands of deaths": a war pointed back to is the one the sentence
    // before dated (lexicon `thatWar`).
    if (event === 'exodus-2023' && figure.unit !== 'date') event = warPointedBack(read, k, figure, sentenceText, sentence.start, vocab) ?? event;
    // "tens of thousands have died over the last 30 years": a count over a window of decades is the conflict's.
    if (event === 'exodus-2023' && figure.unit === 'count' && looksBackDecades(text, sentence, read, k, vocab)) event = 'conflict';
    if (tollOf !== undefined && event === 'exodus-2023') event = tollOf;
    // A sentence read only because it goes on with the toll before it takes that toll's event:
    // "192 Azerbaijani soldiers died. Among the dead are officers. Another 511 were wounded."
    if (event === 'exodus-2023' && !ownTopic(k) && !blastJustNamed(k) && tollGoesOn(k)) {
      const before = claims.filter((c) => c.sentence.start < sentence.start && isCasualty(c.measure)).pop();
      if (before) event = before.event;
    }
    const otherDates = plainDates.get(k) ?? [];
    const asOf = asOfDay(sentenceText, sentence.start, figure, pageDay, otherDates, vocab);
    const attribution = attributionOf(sentenceText, figure.start - sentence.start, vocab);
    // Soldiers killed or wounded, counted by Azerbaijan itself and named no side: its own losses.
    if (event === 'exodus-2023' && /^(?:killed|wounded)/.test(own) && attribution && azerbaijaniVoice(attribution, vocab) && soldiersCounted(cuesOf(k), figure)) {
      event = 'azerbaijani-losses';
    }
    // "192 Azerbaijani soldiers died and 511 were wounded": a toll that leaves its noun out shares the
    // side of the toll it is joined to.
    const prev = claims[claims.length - 1];
    // "Cerca de 30 pessoas chegaram a Syunik … e outras 23 entraram no país": a count added to the one before it of the
    // same measure, in its sentence, is a part of the total, never the total (lexicon `increments`).
    const addition = prev !== undefined && prev.sentence === sentence && prev.measure === own && vocab.incrementBefore.test(text.slice(Math.max(sentence.start, figure.start - INCREMENT_REACH), figure.start));
    if (event === 'exodus-2023' && isCasualty(own) && prev && prev.sentence === sentence && prev.event === 'azerbaijani-losses' && sharesNoun(cuesOf(k), prev.figure, figure)) {
      event = 'azerbaijani-losses';
    }
    // "192 tote und 511 verwundete Soldaten Aserbaidschans", "192 dead and 511 wounded Azerbaijani soldiers": two
    // tolls, each with only its casualty word, share the noun and side the second names.
    if (event === 'azerbaijani-losses' && isCasualty(own) && prev && prev.sentence === sentence && prev.event === 'exodus-2023' && isCasualty(prev.measure) && parallelTolls(cuesOf(k), prev.figure, figure)) {
      prev.event = 'azerbaijani-losses';
    }
    claims.push({
      start: figure.start,
      end: figure.end,
      text: figure.raw,
      figure: dated,
      measure: own,
      event,
      ...(asOf.day !== undefined ? { asOf: asOf.day } : {}),
      asOfExplicit: asOf.explicit,
      sentence,
      ...(attribution ? { attribution } : {}),
      denied: isDenied(sentenceText, vocab),
      ...(addition ? { addition: true } : {}),
    });
  }
  // Most passages hold no such day: the list is copied only when one must go.
  const lone = claims.filter((c) => c.measure === 'date:exodus' && opensTheLeaving(text, c.sentence, c.figure, vocab) && !leavingCountBeside(claims, c));
  return lone.length === 0 ? claims : claims.filter((c) => !lone.includes(c));
}

/**
 * "Since Sunday, 28,120 refugees have arrived": a day that opens a count's period dates the exodus only beside a count
 * of people who left in its own sentence. "Since Sunday, 40 aid trucks have arrived", "journalists have been arriving
 * since Sunday", "fuel prices have tripled since Sunday" count no one who left (review of stop 42).
 */
function leavingCountBeside(claims: Claim[], date: Claim): boolean {
  return claims.some((c) => c.sentence.start === date.sentence.start && /^left(?::|$)/u.test(c.measure) && c.event === 'exodus-2023');
}

/** How far after a day without a year (in characters) the date that ends its range may stand ("С 24 сентября и по первые числа октября 2023 года"). */
const RANGE_END_REACH = 60;

/**
 * "С 24 сентября и по первые числа октября 2023 года", "from 24 September to 2 October 2023": a day that writes
 * no year takes the year of the date right after it in its sentence that writes one and lies later in that year
 * (the end of its range), not the page's: on a page of 2025, the 24 September of such a range is 2023's.
 */
function rangeYear(figure: Figure, dates: Figure[], text: string, vocab: Vocabulary): NonNullable<Figure['date']> {
  const date = figure.date!;
  if (date.year !== undefined || date.month === undefined) return date;
  // Only the end of a range: a word or dash that joins two ends stands between ("three years after the ceasefire
  // of November 2020" lends 19 September no year; review 18, M2).
  const joined = (d: Figure) => text.slice(figure.end, d.start).toLowerCase().split(/[\s,]+/u).some((w) => vocab.rangeLinks.has(w));
  const end = dates.find((d) => d.start >= figure.end && d.start - figure.end <= RANGE_END_REACH && d.date?.year !== undefined && d.date.month !== undefined && d.date.month >= date.month! && joined(d));
  return end ? { ...date, year: end.date!.year } : date;
}

/** How far before a figure its own phrase is looked at: a numbered name's noun and sign ("School No. "). */
const OWN_PHRASE_BEFORE = 24;
/**
 * The shortest span "ago" read as time elapsed since the conflict's past (in days): a quarter century. The reports
 * count back only to the first war ("broke away three decades ago"); a shorter span ago reaches the years after that
 * war's ceasefire (1994), when nothing they count back to happened ("first elected twenty years ago"), or, under ten
 * years, dates something ("two years ago, 100,000 fled"; an anniversary's "a year ago"), as measures.ts reads
 * "два года назад" and "hace dos años".
 */
const ELAPSED_SPAN_MIN = 25 * 365;
/** A number written as plain digits, no separator or scale: how a name carries its number ("France 24", "Resolution 2722"). */
const PLAIN_DIGITS = /^\d{1,4}$/u;

/**
 * The fewest people a count of those who left, were evacuated, arrived, were registered or housed
 * gives: under ten it is a scene's people (the two men escorting a convoy, three journalists, a mother
 * and her two children), never the exodus's count, which the reports give in hundreds and thousands.
 */
const SCENE_COUNT_MAX = 10;
/**
 * The measures of moving people a scene's few are mistaken for (a place or vehicle count, "six villages", is not one),
 * and of troops present: "two other separatist figures", "three soldiers at the checkpoint" are people of a scene; the
 * reports count troops in hundreds and thousands.
 */
const SCENE_MEASURES = /^(?:left|evacuated|arrived|registered|housed|troops)(?::children)?$/u;
/**
 * The most a vague count of a scene reaches: "dozens of refugees queue in the snow", "des dizaines de réfugiés"
 * are the people in view; the exodus's counts are thousands. (The lexicons' "dozens" reaches 99.)
 */
const SCENE_VAGUE_MAX = 100;
/**
 * A broadcaster's or outlet's number: one or two digits ("France 24", "Rustavi 2", "ARB 24", "ČT 24").
 * Three or more digits after a name are a count or a year far more often than a channel.
 */
const NAME_NUMBER = /^\d{1,2}$/u;
/** The text before a count ends with a capitalised name, a space at most between ("France 24", "Россия 24"); no comma, colon or dash. */
const GLUED_NAME = /(?<![\p{L}\p{M}])\p{Lu}[\p{L}\p{M}]*[ \u00a0]?$/u;
/** The text before a word that opens its sentence: nothing, or a full stop, question or exclamation mark, colon or line break, maybe a quotation mark. */
const SENTENCE_OPENS = /(?:^|[.!?…:]\s|\n)\s*["'“”«„‘’]?$/u;
/** The measures of Karabakh's people, moving or staying, that another country's people are mistaken for (troops and peacekeepers are not among them). */
const PEOPLE_MEASURES = /^(?:left|evacuated|arrived|registered|housed|population|remaining|share_left|share_remaining)(?::[\w-]+)?$/u;
/** A date written as a machine writes it ("2025-09-19"): a page's metadata or stamp; reporting writes the month out or in its own order. */
/** The measures of people who left, lived or were given shelter: office-holders are none of them (remaining left out: "officials stayed on" may be the remnant the reports count). */
const MOVED_OR_HOUSED = /^(?:left|evacuated|arrived|registered|housed|population|share_left)(?::[\w-]+)?$/u;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/u;

/** The most characters a stamp's line holds besides its date: a time and separators ("10:05 |"). */
const STAMP_REACH = 24;

// The date is alone on its line, maybe with a time: a page's or post's stamp under its headline, never
// a day of the events ("Fuel tank exploded near Stepanakert / 25 September 2023 / …"). Only STAMP_REACH
// characters each side are looked at: a long line is no stamp, and a one-line page costs no scan per date.
// What the line may hold besides the date: digits, separators and a time (`vocab.stampLine`, lexicon `hourMarks`).
function standsAlone(text: string, passage: Span, figure: Figure, vocab: Vocabulary): boolean {
  const from = Math.max(passage.start, figure.start - STAMP_REACH);
  const before = text.slice(from, figure.start);
  const cut = before.lastIndexOf('\n');
  if (cut < 0 && from > passage.start) return false;
  const to = Math.min(passage.end, figure.end + STAMP_REACH);
  const after = text.slice(figure.end, to);
  const stop = after.indexOf('\n');
  if (stop < 0 && to < passage.end) return false;
  return vocab.stampLine.test(before.slice(cut + 1)) && vocab.stampLine.test(stop < 0 ? after : after.slice(0, stop));
}

/**
 * True when the figure's own phrase says it is no figure of the events, whatever its sentence is about:
 * - a number that is part of a name: plain digits right after a noun that names by number ("Article 5",
 *   "School No. 3", "Artikel 5", "статья 5"; lexicon `numberedNames`), or one or two digits glued to a
 *   capitalised name with no noun of their own after them ("France 24 reported", "told Rustavi 2", "Россия 24");
 * - a count of another country's people as those who left, lived, stayed or were housed ("110,000 Russian
 *   citizens moved to Armenia", "около 110 000 российских граждан"; lexicon `otherNationals`);
 * - a count of office-holders as those who left, lived or were housed ("condanne che arrivano al carcere a vita
 *   per 15 ex dirigenti": the leaders on trial; lexicon `officials`);
 * - a gallery's or list's numbering: a count with a slash and digits on either side ("1 / 5", "2/10");
 * - a breadth, height or depth ("a 5-kilometre-wide road", "5 km breit", "шириной 5 км"; lexicon `breadth`):
 *   no length travelled;
 * - a span ago short enough to date something ("two years ago"): an anniversary's, never a duration;
 * - the count of a numbered series after one of its numbers ("Photo 3 of 12", "Фото 3 из 12");
 * - an exact count under SCENE_COUNT_MAX of people who left or were evacuated: a scene's ("two men escorted the convoy");
 * - a span with words of time passing ("two years have passed since", "iki il ötür"; lexicon `passing`): an anniversary's;
 * - a date alone on its line, or written as a machine writes it ("2025-09-19"): a stamp.
 */
function notAFigure(text: string, passage: Span, figure: Figure, measure: string, vocab: Vocabulary): boolean {
  const before = text.slice(Math.max(passage.start, figure.start - OWN_PHRASE_BEFORE), figure.start);
  const after = text.slice(figure.end, Math.min(passage.end, figure.end + OWN_PHRASE_BEFORE));
  switch (figure.unit) {
    case 'count':
      if (figure.value < SCENE_COUNT_MAX && figure.qualifier === 'exact' && !figure.vague && SCENE_MEASURES.test(measure)) return true;
      if (figure.vague && figure.high < SCENE_VAGUE_MAX && SCENE_MEASURES.test(measure) && !movedNear(text, passage, figure, measure, vocab)) return true;
      if (figure.qualifier === 'exact' && PLAIN_DIGITS.test(figure.raw) && (vocab.numberedNameBefore.test(before) || vocab.numberedOfBefore.test(before))) return true;
      if (figure.qualifier === 'exact' && NAME_NUMBER.test(figure.raw) && namedByNumber(before, after, vocab)) return true;
      if (dialled(text, passage, figure)) return true;
      if (PEOPLE_MEASURES.test(measure) && vocab.otherNationalsAfter.test(after)) return true;
      if (MOVED_OR_HOUSED.test(measure) && vocab.officialsAfter.test(after)) return true;
      return /\d\s*\/\s*$/u.test(before) || /^\s*\/\s*\d/u.test(after);
    case 'km':
      return vocab.breadthAfter.test(after) || vocab.breadthBefore.test(before);
    case 'days':
      if (vocab.passingBefore.test(before) || vocab.passingAfter.test(after)) return true;
      return measure === 'elapsed' && figure.high < ELAPSED_SPAN_MIN;
    case 'date':
      return ISO_DATE.test(figure.raw) || standsAlone(text, passage, figure, vocab);
    default:
      return false;
  }
}

/** How far on either side of a count the digits of a telephone number are looked for. */
const DIALLED_REACH = 16;
/** Digit groups besides the count's own that make a run of digits a telephone number: "060 27 27 27". */
const DIALLED_GROUPS = 2;
/** Groups in all, the count's own among them, that make a run with a group besides them a number to dial: "0800 123 456". */
const DIALLED_RUN = 3;
// Digits joined by spaces, hyphens or brackets (not dots or commas: "28.09.2023 100.000 Menschen" is a date and a count).
const DIALLED_CHAIN_BEFORE = /[\d\s\u00a0()+-]*$/u;
const DIALLED_CHAIN_AFTER = /^[\d\s\u00a0()-]*/u;
const DIALLED_DIGITS = /^[\d\s\u00a0()-]+$/u;
const groups = (t: string) => t.match(/\d+/gu)?.length ?? 0;

/**
 * A count written in digits that is part of a telephone number or code (its hedge aside: "unter 0800"): written
 * with a leading zero ("060", "0800") or a plus ("+374"), or in a run of digit groups joined by spaces, hyphens
 * or brackets, with DIALLED_GROUPS groups besides its own ("call 060 27 27 27", "1-800-555-0199"), or one besides
 * it that opens with a zero or makes DIALLED_RUN in all ("0800 123 456", read as 0800 and 123,456).
 */
function dialled(text: string, passage: Span, figure: Figure): boolean {
  const own = text.slice(figure.start, figure.end);
  const first = own.search(/\d/u);
  if (first < 0) return false;
  const digits = own.slice(first);
  // "At least 68" after a dateline's "2023-09" is a count with its hedge; "100.000" and "3 million" are numbers.
  if (!DIALLED_DIGITS.test(digits)) return false;
  const at = figure.start + first;
  if (/^0\d/u.test(digits) || text[at - 1] === '+') return true;
  const before = DIALLED_CHAIN_BEFORE.exec(text.slice(Math.max(passage.start, at - DIALLED_REACH), at))![0];
  const after = DIALLED_CHAIN_AFTER.exec(text.slice(figure.end, Math.min(passage.end, figure.end + DIALLED_REACH)))![0];
  const outside = groups(before) + groups(after);
  if (outside >= DIALLED_GROUPS) return true;
  return outside === 1 && (/(?:^|\D)0\d/u.test(`${before} ${after}`) || /\+/u.test(before) || groups(digits) + outside >= DIALLED_RUN);
}

/** The measure a count of households takes: its people's measure, of households ("left:households"); no report counts them. */
function householdMeasure(measure: string): string {
  return `${measure.split(':')[0]}:households`;
}

// The count's own noun is a household's ("500 families who fled", "500 семей", "3020 ընտանիք"; lexicon `households`).
function countsHouseholds(text: string, passage: Span, figure: Figure, vocab: Vocabulary): boolean {
  return vocab.householdsAfter.test(text.slice(figure.end, Math.min(passage.end, figure.end + OWN_PHRASE_BEFORE)));
}

/** How far after a vague count of a scene its own verb of moving is looked for ("a group of dozens of refugees … has arrived"). */
const SCENE_VERB_REACH = 120;

// A verb of the measure itself (lexicon `actions`, strong) follows the vague count in its passage: "tientallen
// vluchtelingen … zijn aangekomen" are the first arrivals, a figure; "des dizaines de réfugiés font la queue" is a scene.
function movedNear(text: string, passage: Span, figure: Figure, measure: string, vocab: Vocabulary): boolean {
  const kind = measure.split(':')[0] as keyof Vocabulary['actions'];
  const verbs = vocab.actions[kind]?.strong;
  if (!verbs) return false;
  verbs.lastIndex = 0;
  return verbs.test(text.slice(figure.end, Math.min(passage.end, figure.end + SCENE_VERB_REACH)));
}

/**
 * One or two digits glued to a capitalised name with no noun of their own after them name a channel or
 * an outlet ("told France 24", "on Rustavi 2", "ARB 24", "Россия 24"). A capitalised word opening its
 * sentence may be any word ("Another 12 were killed"): there the name must be the subject of a verb of
 * saying ("France 24 reported", "Россия 24 сообщила").
 */
function namedByNumber(before: string, after: string, vocab: Vocabulary): boolean {
  const name = GLUED_NAME.exec(before);
  if (!name || vocab.thingAfter.test(after)) return false;
  return !SENTENCE_OPENS.test(before.slice(0, name.index)) || vocab.speechAfter.test(after);
}

// A list link closing the text before an item: a comma or one of the lexicon's `listJoins` ("e", "and", "и").
const LIST_LINKS = new WeakMap<Vocabulary, RegExp>();
function listLink(vocab: Vocabulary): RegExp {
  let re = LIST_LINKS.get(vocab);
  if (!re) {
    const joins = vocab.languages.flatMap((c) => LEXICONS[c].listJoins).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    LIST_LINKS.set(vocab, (re = new RegExp(`(?:,|\\s(?:${joins.join('|')}))\\s*$`, 'iu')));
  }
  return re;
}

/** How far around a share its clause is looked at for a word of forecast ("would", "könnten"). */
const SHARE_CLAUSE_BEFORE = 30;
const SHARE_CLAUSE_AFTER = 80;

/** True when the clause that holds a share says it is foreseen: "almost all … would leave", "la moitié pourrait partir". */
function shareForeseen(text: string, sentence: Span, figure: Figure, vocab: Vocabulary): boolean {
  const before = text.slice(Math.max(sentence.start, figure.start - SHARE_CLAUSE_BEFORE), figure.start).split(/[,;:]/u).pop()!;
  const after = text.slice(figure.end, Math.min(sentence.end, figure.end + SHARE_CLAUSE_AFTER)).split(/[,;:.]/u)[0]!;
  return vocab.forecast.test(`${before} ${after}`);
}

/** The most characters between two counts of one series: an item is a count and a short phrase ("532 in Vayots Dzor"). */
const LIST_ITEM_GAP = 60;

/**
 * True when `second` is the next item of a series `first` belongs to, under the verb they share:
 * both counts, only a short phrase and a list link (a comma or the lexicon's `listJoins`) between,
 * no verb of its own and no bracket or sentence stop between, and the two items built alike: the
 * same word right after each count ("1.298 … nella regione di Syunik, 532 nella regione di
 * Vayotsdzor … e 268 nella regione di Tavush"), or nothing after either. A second count that names
 * its own noun keeps it ("6 people, 3 children"), and one whose first word differs ("20 people and
 * two days later") is not an item.
 */
function listItemAfter(text: string, s: SentenceCues, first: Figure, second: Figure): boolean {
  if (first.unit !== 'count' || second.unit !== 'count' || first.vague || second.vague) return false;
  const between = text.slice(first.end, second.start);
  if (between.length > LIST_ITEM_GAP || /[.;:!?()[\]«»"“”]/u.test(between)) return false;
  if (!listLink(s.vocab).test(between)) return false;
  if (s.actions.some((c) => c.start >= first.end && c.end <= second.start)) return false;
  const firstWord = (f: Figure) => /^\s*([\p{L}\p{M}]*)/u.exec(text.slice(f.end, f.end + 40))![1]!.toLowerCase();
  if (firstWord(first) !== firstWord(second)) return false;
  const own = countedThing(s, second);
  return own === null || own === countedThing(s, first);
}

// The sentence counts over a window of decades ending now ("over the last 30 years", "in den letzten
// 30 Jahren", "son 30 yılda"; lexicon `lookingBack`): its counts are the conflict's, not 2023's.
function looksBackDecades(text: string, sentence: Span, read: Array<{ figure: Figure; k: number }>, k: number, vocab: Vocabulary): boolean {
  return read.some(
    (r) => r.k === k && r.figure.unit === 'days' && r.figure.low >= DECADES_LONG && vocab.lookingBack.test(text.slice(Math.max(sentence.start, r.figure.start - 20), r.figure.start)),
  );
}

// Words that place a date ahead of the page's day: "will dissolve on 1 January", "from 1 January next year".
function aheadOf(vocab: Vocabulary, sentence: string): boolean {
  return vocab.ahead.test(sentence);
}

/** The day after the weeks a weekday may date the dissolution decree in (signed 28 September 2023): the end of October. */
const DECREE_WEEKS_END = epochDay(2023, 11, 1);
/** The first day of the offensive's year: a beginning written in an earlier year is none of the offensive's. */
const OFFENSIVE_YEAR_START = epochDay(2023, 1, 1);
/** The exodus's first day: the first refugees crossed on 24 September 2023. */
const EXODUS_FIRST_DAY = epochDay(2023, 9, 24);
/** The offensive's last day (its ceasefire, 20 September 2023) and the day after, when pages report the taking. */
const OFFENSIVE_LAST_DAY = epochDay(2023, 9, 21);

/** Whether "since" (lexicon `since`) stands right before a date read as the exodus's: it opens a count's period (measures.ts). */
function opensTheLeaving(text: string, sentence: Span, figure: Figure, vocab: Vocabulary): boolean {
  return vocab.sinceBefore.test(text.slice(sentence.start, figure.start));
}

/** How many sentences back in its paragraph a sentence may stand from one that names the region and still be about it. */
const PARAGRAPH_TOPIC_REACH = 3;

/**
 * "On September 19, Nagorno-Karabakh flared up again … Russia urged the sides to stop the fighting. On September 20,
 * an agreement was reached to halt the fighting.": a paragraph that named the region a few sentences before is still
 * about it for a date, which its own words of what dates mark must place. Not for a count: "Der Flughafen blieb
 * geschlossen. Bei einem Busunglück wurden 30 Menschen verletzt" tells of something else.
 */
function namedEarlierInParagraph(sentences: string[], k: number): boolean {
  for (let j = k - 2; j >= 0 && j >= k - PARAGRAPH_TOPIC_REACH; j--) if (namesRegion(sentences[j]!)) return true;
  return false;
}

// A sentence of a relevant passage is on topic when it has region or context words itself, or a
// sentence beside it names the region, or the sentences on both sides of it keep to the subject
// ("Officials said. 81,139 had registered. Refugees were given housing."): a news round-up's
// hurricane line, between two other stories, is not.
function sentenceOnTopic(sentences: string[], k: number): boolean {
  const s = sentences[k]!;
  if (namesRegion(s) || hasContext(s)) return true;
  const prev = sentences[k - 1];
  const next = sentences[k + 1];
  if (namesRegion(prev ?? '') || namesRegion(next ?? '')) return true;
  // The first or last sentence of a passage has one neighbour: its context words are enough.
  const onSubject = (t: string | undefined) => t === undefined || hasContext(t);
  return (prev !== undefined || next !== undefined) && onSubject(prev) && onSubject(next);
}

// A speaker of Azerbaijan's side: "Azerbaijan's Defence Ministry", "Baku", "the Azerbaijani side".
function azerbaijaniVoice(attribution: string, vocab: Vocabulary): boolean {
  return vocab.sides.azerbaijani.test(attribution) || vocab.azerbaijanFirst.test(attribution);
}

// The sentence counts soldiers at or before this figure ("192 servicemen were killed and 511 wounded").
function soldiersCounted(s: SentenceCues, figure: Figure): boolean {
  const upTo = s.text.slice(0, figure.end - s.start + 40);
  s.vocab.things.troops.lastIndex = 0;
  return s.vocab.things.troops.test(upTo);
}

// The most characters between two tolls for the second to share the first's noun and side.
const ELIDED_REACH = 50;

// The second toll names no noun or side of its own, and only a short joining phrase stands between
// the two: "192 soldados azerbaiyanos murieron y 511 resultaron heridos", "погибли 192 …, 512 ранены".
function sharesNoun(s: SentenceCues, first: Figure, second: Figure): boolean {
  const between = s.text.slice(first.end - s.start, second.start - s.start);
  if (between.length > ELIDED_REACH || /[.;:]/u.test(between)) return false;
  s.vocab.sides.armenian.lastIndex = 0;
  if (s.vocab.sides.armenian.test(between)) return false;
  return countedThing(s, second) === null;
}

function shift(f: Figure, by: number): Figure {
  return { ...f, start: f.start + by, end: f.end + by };
}

// The first toll has its casualty word and no noun, the second its own casualty word before its noun, and only a
// word joining a list stands between: "192 tote und 511 verwundete Soldaten", not "200 killed and 192 Azerbaijani soldiers".
function parallelTolls(s: SentenceCues, first: Figure, second: Figure): boolean {
  const between = s.text.slice(first.end - s.start, second.start - s.start);
  return s.vocab.tollsJoined.test(between) && s.vocab.casualtyAfter.test(s.text.slice(second.end - s.start, second.end - s.start + 40));
}

/** How far (in characters) from a figure a year named by its distance ("three years ago") still scopes it, in one clause. */
const YEARS_AGO_REACH = 60;

function warYearsAgo(read: ReadonlyArray<{ figure: Figure; k: number }>, k: number, figure: Figure, sentence: string, sentenceStart: number, pageDay: number | undefined): EventId | null {
  if (pageDay === undefined) return null;
  for (const r of read) {
    const offset = r.k === k ? r.figure.date?.yearOffset : undefined;
    if (offset === undefined || offset >= 0 || r.figure.date?.month !== undefined) continue;
    const gap = r.figure.start >= figure.end ? sentence.slice(figure.end - sentenceStart, r.figure.start - sentenceStart) : sentence.slice(r.figure.end - sentenceStart, figure.start - sentenceStart);
    if (gap.length > YEARS_AGO_REACH || /[.;:!?()]/u.test(gap)) continue;
    const event = eventOfYear(withYear(r.figure.date!, pageDay).year!);
    if (event !== 'exodus-2023' && event !== 'blockade') return event;
  }
  return null;
}

/**
 * The earlier war a demonstrative before the figure points back to ("That war", "Cette guerre"): the war of the last
 * year the sentence before writes out, when that year is one of an earlier war (not the offensive's or the blockade's).
 */
function warPointedBack(read: ReadonlyArray<{ figure: Figure; k: number }>, k: number, figure: Figure, sentence: string, sentenceStart: number, vocab: Vocabulary): EventId | null {
  const pointer = vocab.thatWar.exec(sentence);
  if (!pointer || sentenceStart + pointer.index >= figure.start) return null;
  const year = read.filter((r) => r.k === k - 1 && r.figure.unit === 'date' && r.figure.date?.year !== undefined && r.figure.raw.includes(String(r.figure.date.year))).pop();
  if (!year) return null;
  const event = eventOfYear(year.figure.date!.year!, year.figure.date!.month);
  return event === 'exodus-2023' || event === 'blockade' ? null : event;
}

/** A function of a sentence's place, computed once for each place asked. */
function memo<T>(size: number, f: (k: number) => T): (k: number) => T {
  const known: Array<T | undefined> = new Array<T | undefined>(size);
  return (k) => {
    if (k < 0 || k >= size) return f(k);
    let v = known[k];
    if (v === undefined) known[k] = v = f(k);
    return v;
  };
}

/**
 * What the event words of a text's sentences say, by the sentence's start: each sentence is tested
 * once, though the sentences after it and the next passage look back at it.
 */
class SentenceFacts {
  private readonly blast = new Map<number, boolean>();
  private readonly other = new Map<number, boolean>();
  constructor(
    private readonly text: string,
    private readonly vocab: Vocabulary,
  ) {}

  /** The sentence names the fuel-depot blast. */
  namesBlast(s: Span): boolean {
    let b = this.blast.get(s.start);
    if (b === undefined) this.blast.set(s.start, (b = namesDepotBlast(this.text.slice(s.start, s.end), this.vocab)));
    return b;
  }

  /** The sentence names an event other than the blast. */
  namesOtherEvent(s: Span): boolean {
    let b = this.other.get(s.start);
    if (b === undefined) this.other.set(s.start, (b = namesOtherEvent(this.text.slice(s.start, s.end), this.vocab)));
    return b;
  }
}
