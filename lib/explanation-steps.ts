/**
 * The engine's English sentences (explanations, "the figure as understood", the sources view's
 * statements) as message ids and arguments, so the extension says them in the user's language.
 * The engine keeps its English; this file reads the claim's structured fields and, where the claim
 * carries no field for a part, the sentence itself, with the engine's own words as the key.
 */
import type { CheckedClaim, SourceEvidence } from './check';
import { ACTIONS, ACTOR_LABELS, CONCEPT_LABELS, inferredDoer, type ActionId, type ActorId, type ConceptId } from './statements/lexicon/shape';

/**
 * One argument of a message: text as written (an outlet, a quoted figure), a day or partial date
 * and a number the caller writes its language's way, another message (a measure's name, an
 * actor, an act), terms joined by commas, or names joined the language's way ("A and B").
 */
export type StepArg =
  | string
  | { day: string }
  | { partial: string }
  | { number: number }
  | { msg: string; args?: StepArg[]; count?: number }
  | { terms: StepArg[] }
  | { and: StepArg[] };

/** A claim's explanation and "figure as understood" already said in the user's language (the background says them for the card, which carries no parser). */
export interface ClaimWords {
  explanation: string;
  understood: string;
}

/** A claim as the background gives it to the card: with its words said, when the language is not English. */
export type SaidClaim = CheckedClaim & { said?: ClaimWords };

/** One sentence of an explanation as a message id and its arguments, for the extension to say in the user's language. */
export interface ExplanationStep {
  id: string;
  args: StepArg[];
  /** For a counted message: the count that picks its plural form (also its first argument). */
  count?: number;
}

/** How the caller says a step: its messages, and its language's way with days, numbers and lists. */
export interface StepWords {
  /** The message `id` filled with `args`; a counted message (`count` set) in the plural form the count picks. */
  message(id: string, args: string[], count?: number): string;
  /** A day, YYYY-MM-DD; '' for an undated report. */
  day(iso: string): string;
  /** A partial date as ISO text: "2024-01-01", "2022-12", "1994", "--06", "1988/1994". */
  partial(iso: string): string;
  number(n: number): string;
  /** Names joined as the language joins them ("A and B"). */
  and(items: string[]): string;
}

/** Says one argument with `words`. */
export function sayArg(arg: StepArg, words: StepWords): string {
  if (typeof arg === 'string') return arg;
  if ('day' in arg) return words.day(arg.day);
  if ('partial' in arg) return words.partial(arg.partial);
  if ('number' in arg) return words.number(arg.number);
  if ('terms' in arg) return arg.terms.map((a) => sayArg(a, words)).join(', ');
  if ('and' in arg) return words.and(arg.and.map((a) => sayArg(a, words)));
  return words.message(arg.msg, (arg.args ?? []).map((a) => sayArg(a, words)), arg.count);
}

/** Says a whole explanation with `words`: its sentences, one after another. */
export function saySteps(steps: readonly ExplanationStep[], words: StepWords): string {
  return steps.map((s) => words.message(s.id, s.args.map((a) => sayArg(a, words)), s.count)).join(' ');
}

/** Every message id a step or argument names, nested ones included (for the test that each exists). */
export function messageIds(steps: ReadonlyArray<ExplanationStep | StepArg>): Array<{ id: string; counted: boolean }> {
  const out: Array<{ id: string; counted: boolean }> = [];
  const visit = (a: ExplanationStep | StepArg) => {
    if (typeof a === 'string') return;
    if ('id' in a) out.push({ id: a.id, counted: a.count !== undefined });
    if ('msg' in a) out.push({ id: a.msg, counted: a.count !== undefined });
    for (const x of 'args' in a ? (a.args ?? []) : 'terms' in a ? a.terms : 'and' in a ? a.and : []) visit(x);
  };
  steps.forEach(visit);
  return out;
}

// The engine writes days as "30 Sept 2023" (lib/calendar.ts, which this file does not import:
// it brings every lexicon, and the card that shows explanations must stay small).
const SHORT_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sept', 'Oct', 'Nov', 'Dec'];

/** A day as the engine writes it in English ("30 Sept 2023"); "undated" for ''. */
export function englishDay(iso: string): string {
  if (!iso) return 'undated';
  return `${Number(iso.slice(8, 10))} ${SHORT_MONTHS[Number(iso.slice(5, 7)) - 1]} ${iso.slice(0, 4)}`;
}

/** A partial date as the engine writes it in English ("1 Jan 2024", "Dec 2022", "1994", "Jun", "1988–1994"). */
export function englishPartial(iso: string): string {
  const span = /^(\d{4})\/(\d{4})$/.exec(iso);
  if (span) return `${span[1]}–${span[2]}`;
  const m = /^(\d{4}|-)-?(\d{2})?-?(\d{2})?$/.exec(iso);
  if (!m) return iso;
  const [, year, month, day] = m;
  return [day ? String(Number(day)) : '', month ? SHORT_MONTHS[Number(month) - 1]! : '', year && year !== '-' ? year : ''].filter(Boolean).join(' ');
}

// A partial date as the engine writes it, inside a longer sentence: "1 Jan 2024", "Dec 2022", "1994", "Jun", "1988–1994".
const PARTIAL = String.raw`(?:\d{1,2} )?(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept|Oct|Nov|Dec)(?: (?=\d{4}))?)?(?:\d{4}(?:–\d{4})?)?`;

// An English partial date back to ISO text; null when it is not one the engine writes.
function partialOf(text: string): string | null {
  const m = /^(?:(\d{1,2}) )?(?:(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept|Oct|Nov|Dec) ?)?(?:(\d{4})(?:–(\d{4}))?)?$/.exec(text.trim());
  if (!m || (!m[2] && !m[3])) return null;
  const [, day, month, year, through] = m;
  if (through) return month ? null : `${year}/${through}`;
  const mm = month ? String(SHORT_MONTHS.indexOf(month) + 1).padStart(2, '0') : '';
  const dd = day ? day.padStart(2, '0') : '';
  if (!year) return mm ? `--${mm}${dd ? `-${dd}` : ''}` : null;
  return [year, mm, mm && dd ? dd : ''].filter(Boolean).join('-');
}

const number = (text: string): StepArg => ({ number: Number(text.replace(/,/g, '')) });

const CONTEXT_IDS: Record<NonNullable<SourceEvidence['reason']>, string> = {
  earlier: 'explain_contextEarlier',
  later: 'explain_contextLater',
  'same-day': 'explain_contextSameDay',
  undated: 'explain_contextUndated',
  compatible: 'explain_contextCompatible',
  'same-report': 'explain_contextSameReport',
};

const ARITHMETIC_IDS: Record<SourceEvidence['relation'], string> = { supports: 'explainArithmetic_supports', contradicts: 'explainArithmetic_contradicts', context: 'explainArithmetic_context' };

const HIDDEN = /(\d+) more related reports? (?:is|are) not listed\./;
const DENIED_IN_TEXT = 'The text itself reports the figure as claimed by one side and denied by the other.';

/** A claim as the explanation steps read it: its verdict, sources and explanation, and what it was understood as. */
export type ExplainedClaim = Pick<CheckedClaim, 'kind' | 'verdict' | 'strength' | 'sources' | 'explanation'> &
  Partial<Pick<CheckedClaim, 'understood' | 'statement' | 'text' | 'measure' | 'event' | 'asOf' | 'attribution' | 'figure'>>;

/**
 * The explanation of a verdict as message ids and arguments, rebuilt from the claim's verdict,
 * strength and sources, and, where the claim carries no field for it, from the engine's own
 * sentence (the arithmetic a derived figure used, how many reports were left out, a denial in the
 * page, why a report bears on a statement). "Claimed: …" is left out: the card and list show the
 * figure as understood. Null when the sentence has a shape this file does not know: the caller
 * shows `explanation` then (the unit test fails on any such shape the engine produces).
 */
export function explanationSteps(claim: ExplainedClaim): ExplanationStep[] | null {
  return claim.kind === 'statement' ? statementSteps(claim) : figureSteps(claim);
}

function figureSteps(claim: ExplainedClaim): ExplanationStep[] | null {
  const steps: ExplanationStep[] = [];
  const arithmetic = new Map<string, ExplanationStep>();
  for (const s of claim.sources) {
    const args: StepArg[] = [s.outlet, { day: s.asOf ?? s.date ?? '' }, s.figure.replace(/\s+/g, ' ')];
    if (s.derived) {
      steps.push({ id: 'explain_usedInArithmetic', args });
      const sum = arithmeticOf(s.derived);
      if (!sum) return null;
      // The engine lists each sum once, however many sources entered it.
      const key = `${s.derived}|${s.relation}`;
      if (!arithmetic.has(key)) arithmetic.set(key, { id: ARITHMETIC_IDS[s.relation], args: [sum] });
    } else {
      steps.push({ id: s.relation === 'supports' ? (s.loose ? 'explain_supportsLoosely' : s.quoted ? 'explain_supportsQuoted' : 'explain_supports') : s.relation === 'contradicts' ? 'explain_contradicts' : CONTEXT_IDS[s.reason ?? 'compatible'], args });
    }
  }
  steps.push(...arithmetic.values());
  const hidden = hiddenStep(claim.explanation);
  if (hidden) steps.push(hidden);
  // Wire copy: two outlets carrying the same agency's story are one source, not two.
  const byOrigin = new Map<string, Set<string>>();
  for (const s of claim.sources) if (s.origin && s.relation !== 'context') byOrigin.set(s.origin, (byOrigin.get(s.origin) ?? new Set()).add(s.outlet));
  for (const [origin, outlets] of byOrigin) if (outlets.size > 1) steps.push({ id: 'explain_sameWire', args: [{ and: [...outlets] }, origin] });
  if (claim.explanation.includes(DENIED_IN_TEXT)) steps.push({ id: 'explain_deniedInText', args: [] });
  const strength = claim.strength ?? null;
  const kind = strength === 'derived' ? 'Derived' : strength === 'loose' && claim.verdict !== 'consistent' ? 'Loose' : 'Verdict';
  steps.push({ id: `explain${kind}_${claim.verdict}`, args: [] });
  return steps;
}

function hiddenStep(explanation: string): ExplanationStep | null {
  const m = HIDDEN.exec(explanation);
  if (!m) return null;
  const n = Number(m[1]);
  return { id: 'explain_hidden', args: [{ number: n }], count: n };
}

/** The arithmetic of a derived figure (lib/derived.ts puts it in words) as a message; null for a shape not known here. */
export function arithmeticOf(words: string): StepArg | null {
  const share = /^“([^”]*)” of a population of ([\d,]+)(?: to ([\d,]+))? is (?:more than (\d+)%|(\d+)% to (\d+)%)$/.exec(words);
  if (share) {
    const [, count, popLow, popHigh, above, low, high] = share;
    const population = popHigh ? { msg: 'explainSum_range', args: [number(popLow!), number(popHigh)] } : number(popLow!);
    const result = above ? { msg: 'explainSum_percentAbove', args: [number(above)] } : { msg: 'explainSum_percentRange', args: [number(low!), number(high!)] };
    return { msg: 'explainSum_share', args: [count!, population, result] };
  }
  const span = new RegExp(`^(${PARTIAL}) to (${PARTIAL}) is (?:about (\\d+) (years|months|days)|(\\d+) to (\\d+) (years|months|days))$`).exec(words);
  if (span) {
    const [, from, to, about, aboutUnit, low, high, rangeUnit] = span;
    const [a, b] = [partialOf(from!), partialOf(to!)];
    if (!a || !b) return null;
    const length = about
      ? { msg: `explainSum_about_${aboutUnit}`, args: [number(about)], count: Number(about) }
      : { msg: `explainSum_range_${rangeUnit}`, args: [number(high!), number(low!)], count: Number(high) };
    return { msg: 'explainSum_span', args: [{ partial: a }, { partial: b }, length] };
  }
  const shifted = new RegExp(`^(${PARTIAL}) (less|plus) “([^”]*)” is (${PARTIAL}) to (${PARTIAL})$`).exec(words);
  if (shifted) {
    const [, known, op, length, from, to] = shifted;
    const dates = [known, from, to].map((d) => partialOf(d!));
    if (dates.some((d) => !d)) return null;
    return { msg: op === 'less' ? 'explainSum_less' : 'explainSum_plus', args: [{ partial: dates[0]! }, length!, { partial: dates[1]! }, { partial: dates[2]! }] };
  }
  const total = /^“([^”]*)” soldiers and “([^”]*)” civilians make (at least )?([\d,]+)(?: \(([\d,]+) to ([\d,]+) with their rounding\))?$/.exec(words);
  if (total) {
    const [, soldiers, civilians, atLeast, sum, low, high] = total;
    const made = atLeast ? { msg: 'explainSum_atLeast', args: [number(sum!)] } : low ? { msg: 'explainSum_rounded', args: [number(sum!), number(low), number(high!)] } : number(sum!);
    return { msg: 'explainSum_total', args: [soldiers!, civilians!, made] };
  }
  return null;
}

// Statements: the engine's reasons for a verdict, each a sentence of its own.
const STATEMENT_REASONS: Record<string, string> = {
  'the reports disagree on what this actor did or said': 'explainStatement_actDisputed',
  'a report states the same actor, action and object': 'explainStatement_actCorroborated',
  'the reports give this actor the opposite position': 'explainStatement_actOpposite',
  'the reports give this act to another actor': 'explainStatement_otherActor',
  'a report states it in its own voice': 'explainStatement_ownVoice',
  'a report states the opposite in its own voice': 'explainStatement_ownVoiceOpposite',
};

const ACTOR_BY_LABEL = new Map<string, string>([...Object.entries(ACTOR_LABELS).map(([id, label]) => [label, `actor_${id}`] as [string, string]), ['no one named', 'actor_none'], ['someone', 'actor_someone']]);
// Longest first, so a label that holds another ("forced expulsion (…)") is read whole.
const CONCEPTS_BY_LABEL = Object.entries(CONCEPT_LABELS).sort((a, b) => b[1].length - a[1].length) as Array<[ConceptId, string]>;

const actorArg = (label: string): StepArg | null => {
  const id = ACTOR_BY_LABEL.get(label);
  return id ? { msg: id } : null;
};

/** Comma-joined concept labels back to their messages; null when one is not known. */
function conceptsArg(text: string): StepArg | null {
  const terms: StepArg[] = [];
  let rest = text;
  while (rest) {
    const hit = CONCEPTS_BY_LABEL.find(([, label]) => rest === label || rest.startsWith(`${label}, `));
    if (!hit) return null;
    terms.push({ msg: `concept_${hit[0].replace(/-/g, '_')}` });
    rest = rest.slice(hit[1].length).replace(/^, /, '');
  }
  return terms.length ? { terms } : null;
}

/** An act as the engine phrases it ("denied", "not escorted", "states it as fact") to its message. */
function actArg(text: string): StepArg | null {
  const fixed: Record<string, string> = { 'states it did not happen': 'act_statesNot', 'states it as fact': 'act_states', 'did not deny': 'act_didNotDeny' };
  if (fixed[text]) return { msg: fixed[text] };
  const byLabel = (label: string) => (Object.keys(ACTIONS) as ActionId[]).find((id) => ACTIONS[id].label === label);
  const plain = byLabel(text);
  if (plain) return { msg: `act_${plain}` };
  const negated = text.startsWith('not ') ? byLabel(text.slice(4)) : undefined;
  return negated ? { msg: 'act_not', args: [{ msg: `act_${negated}` }] } : null;
}

/** Why a report bears on a page's statement (lib/statements/judge.ts puts it in words) as a message. */
function whyArg(why: string): StepArg | null {
  const all = (args: Array<StepArg | null>) => (args.every((a) => a !== null) ? (args as StepArg[]) : null);
  let m = /^same actor \((.+?)\), action \((.+?)\) and object \((.+)\)$/.exec(why);
  if (m) {
    const args = all([actorArg(m[1]!), actArg(m[2]!), conceptsArg(m[3]!)]);
    return args && { msg: 'explainWhy_same', args };
  }
  m = /^same actor \((.+?)\) and object \((.+)\), but the report says (.+) where the page says (.+)$/.exec(why);
  if (m) {
    const args = all([actorArg(m[1]!), conceptsArg(m[2]!), actArg(m[3]!), actArg(m[4]!)]);
    return args && { msg: 'explainWhy_opposite', args };
  }
  m = /^same action \((.+?)\) and object \((.+)\), but by (.+), not (.+)$/.exec(why);
  if (m) {
    const args = all([actArg(m[1]!), conceptsArg(m[2]!), actorArg(m[3]!), actorArg(m[4]!)]);
    return args && { msg: 'explainWhy_otherActor', args };
  }
  m = /^the report itself (states|denies) (.+)$/.exec(why);
  if (m) {
    const args = all([conceptsArg(m[2]!)]);
    return args && { msg: m[1] === 'states' ? 'explainWhy_ownStates' : 'explainWhy_ownDenies', args };
  }
  m = /^(.+?) (alleges|denies) (.+)$/.exec(why);
  if (m) {
    const args = all([actorArg(m[1]!), conceptsArg(m[3]!)]);
    return args && { msg: m[2] === 'alleges' ? 'explainWhy_alleges' : 'explainWhy_denies', args };
  }
  return null;
}

function statementSteps(claim: ExplainedClaim): ExplanationStep[] | null {
  if (claim.understood === undefined) return null;
  let rest = claim.explanation;
  const claimed = `Claimed: ${claim.understood}. `;
  if (!rest.startsWith(claimed)) return null;
  rest = rest.slice(claimed.length);
  const steps: ExplanationStep[] = [];
  const heads = claim.sources.map((s) => `${s.outlet}, ${englishDay(s.date ?? '')}: “${s.figure.replace(/\s+/g, ' ')}” — ${s.relation === 'supports' ? 'agrees' : 'disagrees'}: `);
  for (const [i, s] of claim.sources.entries()) {
    if (!rest.startsWith(heads[i]!)) return null;
    rest = rest.slice(heads[i]!.length);
    // The reason runs to the next source's words, the count of those left out, or the verdict.
    const next = heads[i + 1];
    const end = next ? rest.indexOf(`. ${next}`) : rest.search(/\. (?:\d+ more related reports? (?:is|are) not listed\. )?Verdict: /);
    if (end < 0) return null;
    const why = whyArg(rest.slice(0, end));
    if (!why) return null;
    steps.push({ id: s.relation === 'supports' ? 'explainStatement_supports' : 'explainStatement_contradicts', args: [s.outlet, { day: s.date ?? '' }, s.figure.replace(/\s+/g, ' '), why] });
    rest = rest.slice(end + 2);
  }
  const hidden = hiddenStep(rest);
  if (hidden) {
    steps.push(hidden);
    rest = rest.replace(HIDDEN, '').trimStart();
  }
  const verdict = new RegExp(`^Verdict: ${claim.verdict} — (.+)\\.$`).exec(rest);
  if (!verdict) return null;
  const reason = STATEMENT_REASONS[verdict[1]!];
  if (reason) {
    steps.push({ id: reason, args: [] });
    return steps;
  }
  const alleged = /^the reports give this as (.+)'s allegation, denied by (.+); the page states it as fact$/.exec(verdict[1]!);
  // A denial stated as fact: the first side denies what the second alleges.
  const denied = alleged ? null : /^the reports give this as (.+)'s denial of (.+)'s allegation; the page states it as fact$/.exec(verdict[1]!);
  const found = alleged ?? denied;
  if (!found) return null;
  const sides = [found[1]!, found[2]!].map((list) => list.split(' and ').map(actorArg));
  if (sides.some((side) => side.some((a) => a === null))) return null;
  steps.push({ id: alleged ? 'explainStatement_allegation' : 'explainStatement_denial', args: sides.map((side) => ({ and: side as StepArg[] })) });
  return steps;
}

/**
 * The figure or statement as the engine understood it ("more than 100,000 — people who left
 * Nagorno-Karabakh, the September 2023 offensive and exodus, as of 30 Sept 2023"), as messages to
 * say one after another in the user's language. Null when the claim lacks the fields or
 * `understood` has a shape not known here: show `understood` then.
 */
export function understoodParts(claim: Partial<Pick<CheckedClaim, 'kind' | 'understood' | 'statement' | 'text' | 'measure' | 'event' | 'asOf' | 'attribution' | 'figure'>>): StepArg[] | null {
  const { understood, text } = claim;
  if (understood === undefined || text === undefined) return null;
  const raw = text.replace(/\s+/g, ' ');
  if (claim.kind === 'statement') {
    const reading = claim.statement;
    if (!reading || !understood.startsWith(`${raw} — `)) return null;
    const frame = understood.slice(raw.length + 3);
    const what = reading.concepts.map((c) => CONCEPT_LABELS[c]).join(', ');
    const concepts = conceptsArg(what);
    if (!concepts || !frame.endsWith(`: ${what}`)) return null;
    const head = frame.slice(0, frame.length - what.length - 2);
    if (!reading.action) return head === `stated as fact${reading.polarity < 0 ? ' (negated)' : ''}` ? [{ msg: reading.polarity < 0 ? 'understood_factNegated' : 'understood_fact', args: [raw, concepts] }] : null;
    const label = reading.actor ? ACTOR_LABELS[reading.actor as ActorId] : 'no one named';
    // A doer the page does not name, read by the engine from its words, is said as such.
    const who = reading.inferred ? inferredDoer(label) : label;
    const act = head.startsWith(`${who} `) ? actArg(head.slice(who.length + 1)) : null;
    const named = actorArg(label);
    const actor = named && reading.inferred ? { msg: 'actor_inferred', args: [named] } : named;
    return act && actor ? [{ msg: 'understood_act', args: [raw, actor, act, concepts] }] : null;
  }
  if (!claim.measure || !claim.event) return null;
  const figure: StepArg = claim.figure?.unit === 'date' && typeof claim.figure.low === 'string' ? { partial: claim.figure.low } : raw;
  const parts: StepArg[] = [{ msg: 'understood_figure', args: [figure, measureArg(claim.measure), { msg: `event_${claim.event.replace(/-/g, '_')}` }] }];
  // The engine leaves out the day for a figure that is the same whatever the day (a distance, a population).
  if (claim.asOf && understood.includes(`, as of ${englishDay(claim.asOf)}`)) parts.push({ msg: 'understood_asOf', args: [{ day: claim.asOf }] });
  if (claim.attribution) parts.push({ msg: 'understood_by', args: [claim.attribution] });
  return parts;
}

/** A measure id ("left", "killed:soldiers", "date:start") as a message: its name, and the group counted. */
export function measureArg(measure: string): StepArg {
  if (measure.startsWith('date:')) return { msg: `measure_${measure.replace(/[:-]/g, '_')}` };
  const [base, group] = measure.split(':') as [string, string | undefined];
  const name = { msg: `measure_${base.replace(/-/g, '_')}` };
  return group ? { msg: 'measure_withGroup', args: [name, { msg: `group_${group}` }] } : name;
}

/** English names by message id (measure_…, group_…, event_…), from the English messages, for reading an `understood` sentence back. */
export type EnglishNames = ReadonlyArray<readonly [id: string, english: string]>;

// Measures (with each group counted) and events, longest name first so a longer name is read whole; built once per table.
const BY_LENGTH = new WeakMap<EnglishNames, { measures: Array<[StepArg, string]>; events: Array<readonly [string, string]> }>();
function namesByLength(names: EnglishNames): { measures: Array<[StepArg, string]>; events: Array<readonly [string, string]> } {
  let out = BY_LENGTH.get(names);
  if (!out) {
    const measures: Array<[StepArg, string]> = [];
    const groups = names.filter(([id]) => id.startsWith('group_'));
    for (const [id, english] of names) {
      if (!id.startsWith('measure_') || id === 'measure_withGroup') continue;
      measures.push([{ msg: id }, english]);
      for (const [g, groupName] of groups) measures.push([{ msg: 'measure_withGroup', args: [{ msg: id }, { msg: g }] }, `${english} (${groupName})`]);
    }
    measures.sort((a, b) => b[1].length - a[1].length);
    out = { measures, events: names.filter(([id]) => id.startsWith('event_')).sort((a, b) => b[1].length - a[1].length) };
    BY_LENGTH.set(names, out);
  }
  return out;
}

const DAY_WORDS = new RegExp(`^(\\d{1,2}) (${SHORT_MONTHS.join('|')}) (\\d{4})`);

/**
 * What a figure or statement is understood as, without the figure itself ("people who left
 * Nagorno-Karabakh, the September 2023 offensive and exodus, as of 30 Sept 2023"), read back from
 * its `understood` sentence alone: the popup's compact list carries no more of a claim. Null when
 * the sentence has a shape not known here: show its English then.
 */
export function understoodTail(claim: { understood: string; kind?: CheckedClaim['kind'] }, names: EnglishNames): StepArg[] | null {
  const { understood } = claim;
  if (claim.kind === 'statement') {
    const frame = /^(?:.*) — (stated as fact(?: \(negated\))?|.+?): (.+)$/s.exec(understood);
    if (!frame) return null;
    const concepts = conceptsArg(frame[2]!);
    if (!concepts) return null;
    if (frame[1]!.startsWith('stated as fact')) return [{ msg: frame[1]!.endsWith('(negated)') ? 'understood_tailFactNegated' : 'understood_tailFact', args: [concepts] }];
    for (const [label, id] of ACTOR_BY_LABEL) {
      const readings: Array<[string, StepArg]> = [[label, { msg: id }], [inferredDoer(label), { msg: 'actor_inferred', args: [{ msg: id }] }]];
      for (const [who, actor] of readings) {
        if (!frame[1]!.startsWith(`${who} `)) continue;
        const act = actArg(frame[1]!.slice(who.length + 1));
        if (act) return [{ msg: 'understood_tailAct', args: [actor, act, concepts] }];
      }
    }
    return null;
  }
  const { measures, events } = namesByLength(names);
  for (const [measure, measureWords] of measures) {
    const at = understood.indexOf(` — ${measureWords}, `);
    if (at < 0) continue;
    let rest = understood.slice(at + measureWords.length + 5);
    const event = events.find(([, words]) => rest.startsWith(words));
    if (!event) continue;
    rest = rest.slice(event[1].length);
    const parts: StepArg[] = [{ msg: 'understood_tail', args: [measure, { msg: event[0] }] }];
    if (rest.startsWith(', as of ')) {
      const day = DAY_WORDS.exec(rest.slice(8));
      if (!day) return null;
      parts.push({ msg: 'understood_asOf', args: [{ day: `${day[3]}-${String(SHORT_MONTHS.indexOf(day[2]!) + 1).padStart(2, '0')}-${day[1]!.padStart(2, '0')}` }] });
      rest = rest.slice(8 + day[0].length);
    }
    const by = /^ \(according to (.+)\)$/s.exec(rest);
    if (by) parts.push({ msg: 'understood_by', args: [by[1]!] });
    else if (rest) continue;
    return parts;
  }
  return null;
}

/** A report's statement as the sources view lists it (lib/statements/listing.ts), in words to say: each part a message, or null to keep as written. */
export interface ListingParts {
  actor: StepArg | null;
  action: StepArg | null;
  /** The object's items (concepts, actors), which the view joins with semicolons. */
  object: StepArg[] | null;
  speaker: StepArg | null;
}

/** The parts of a listed statement as messages, read back from the English words the listing carries. */
export function listingParts(listing: { actor: string | null; action: string; object: string; speaker: string | null }): ListingParts {
  const items = listing.object ? listing.object.split('; ').map((item) => conceptsArg(item) ?? actorArg(item)) : [];
  return {
    actor: listing.actor === null ? null : actorArg(listing.actor),
    action: actArg(listing.action),
    object: items.every((x) => x !== null) ? (items as StepArg[]) : null,
    speaker: listing.speaker === null ? null : actorArg(listing.speaker),
  };
}
