/**
 * Judges a page's statement of who did what against the reports' statements: finds the reports
 * that speak of the same thing with fuse.js (over actors and key terms), relates each, and
 * decides corroborated, conflicting or disputed. A statement no report addresses gets nothing.
 */
import Fuse from 'fuse.js';
import { monthOf } from '../calendar';
import type { SourceIndex } from '../source-index';
import { ACTIONS, ACTOR_LABELS, ACTS_AS_TERMS, CONCEPT_LABELS, PROMISED, PROPOSITIONS, type ActionId, type ActorId, type ConceptId } from './lexicon/shape';
import { monthsNamed, type Frame } from './reader';
import type { ReportStatement } from './report-statements';

/** How one report statement bears on a page's statement, and why. */
export interface StatementRelation {
  statement: ReportStatement;
  relation: 'supports' | 'contradicts';
  /** What matched and what differs, in words. */
  why: string;
}

/** The verdict on a page's statement, with the report statements that decide it. */
export interface StatementJudgement {
  verdict: 'corroborated' | 'conflicting' | 'disputed';
  relations: StatementRelation[];
  /** One sentence on how the verdict follows from the relations. */
  reason: string;
  /** The action the page's words are read as, when the judgement reads them as another than the reader gave (a demand for the act it names). */
  readAs?: ActionId;
}

interface Entry {
  at: number;
  actor: string;
  terms: string[];
}

// One search structure per index, built on first use and dropped with the index.
const SEARCHERS = new WeakMap<SourceIndex, Fuse<Entry>>();
function searcher(index: SourceIndex): Fuse<Entry> {
  let fuse = SEARCHERS.get(index);
  if (!fuse) {
    const entries: Entry[] = index.reportStatements.map((s, at) => ({ at, actor: s.actor ?? s.speaker ?? '', terms: [...s.concepts] }));
    // Exact terms only (`=`): key terms are ids, and "aid" must not find "said".
    fuse = new Fuse(entries, { keys: [{ name: 'terms', weight: 2 }, { name: 'actor', weight: 1 }], useExtendedSearch: true, includeScore: true, ignoreLocation: true, threshold: 0 });
    SEARCHERS.set(index, fuse);
  }
  return fuse;
}

// The candidates of each actor and key terms, per index: a page's statements repeat a few of them.
const FOUND = new WeakMap<SourceIndex, Map<string, readonly ReportStatement[]>>();

/** The report statements that share a key term with a frame, those of its actor first. */
export function candidatesOf(frame: Frame, index: SourceIndex): readonly ReportStatement[] {
  if (index.reportStatements.length === 0 || frame.concepts.length === 0) return [];
  let found = FOUND.get(index);
  if (!found) FOUND.set(index, (found = new Map()));
  const key = `${frame.actor ?? ''} ${frame.concepts.join(' ')}`;
  let list = found.get(key);
  if (!list) {
    const terms = frame.concepts.map((c) => ({ terms: `=${c}` }));
    const query = frame.actor ? { $or: [...terms, { $and: [{ actor: `=${frame.actor}` }, { $or: terms }] }] } : { $or: terms };
    found.set(key, (list = searcher(index).search(query).map((r) => index.reportStatements[r.item.at]!)));
  }
  return list;
}

/**
 * A report speaks of the same thing only if it shares every key term of the page's statement
 * ("the UN sent a mission to Ukraine" is not "the UN will send a mission to Karabakh"); of a
 * statement with this many terms or more, one may be missing (paraphrase adds detail).
 */
const MANY_TERMS = 3;

// A page sentence naming a year speaks of that year: "Azerbaijan reported losses in the 2020 war"
// is not the report of September 2023. The report's own day and the years its sentence names count.
// A month named with its year narrows it: "in January 2023" is not the report of September 2023.
function sameTime(frame: Frame, s: ReportStatement, index: SourceIndex): boolean {
  if (frame.years.length === 0) return true;
  const quote = index.sources[s.source]!.text.slice(s.sentence[0], s.sentence[1]);
  const day = s.day ? Number(s.day.slice(0, 4)) * 12 + Number(s.day.slice(5, 7)) - 1 : null;
  // "In December, Azerbaijan blocked the Lachin Corridor", written in September 2023: a month named with
  // no year is the last such month on or before the report's day (December 2022).
  const bare = day === null ? [] : monthsWithoutYear(quote).map((m) => day - ((day - (m - 1) + 12) % 12));
  const theirs = new Set([...(s.day ? [Number(s.day.slice(0, 4))] : []), ...[...quote.matchAll(/(?<!\d)(?:19|20)\d\d(?!\d)/g)].map((m) => Number(m[0])), ...bare.map((m) => Math.floor(m / 12))]);
  if (!frame.years.some((y) => theirs.has(y))) return false;
  if (frame.months.length === 0) return true;
  const theirMonths = new Set([...(day === null ? [] : [day]), ...monthsNamed(quote), ...bare]);
  return frame.months.some((m) => theirMonths.has(m));
}

// A capitalised word, not followed by a day and a year or by a year: a month named on its own ("In December,").
const BARE_MONTH = /(?<![\p{L}\p{M}])(\p{Lu}\p{Ll}+)(?![\p{L}\p{M}])(?!\.?\s+(?:\d{1,2}(?:st|nd|rd|th)?,?\s+)?(?:19|20)\d\d(?!\d))/gu;

/** The months (1–12) a report's sentence names without a year. */
function monthsWithoutYear(quote: string): number[] {
  return [...quote.matchAll(BARE_MONTH)].map((m) => monthOf(m[1]!)).filter((m) => m > 0);
}

const stance = (action: Frame['action'], polarity: 1 | -1) => (action ? ACTIONS[action].sign : 1) * polarity;
const family = (action: Frame['action']) => (action ? ACTIONS[action].family : 'fact');
// Promising, agreeing and deciding to end oneself speak of one commitment: "the separatists promised
// to hand in their weapons" is the report's "agreed to lay down arms", "agreed to dissolve their
// government" its "sealed its self-dissolution". Other acts stay apart: a pledge is not a blockade.
const COMMITMENTS = new Set(['agree', 'pledge', 'dissolve']);
/** True when two actions can speak of the same act: the same family, or two of the commitments above. */
export function comparable(a: Frame['action'], b: Frame['action']): boolean {
  const [fa, fb] = [family(a), family(b)];
  return fa === fb || (COMMITMENTS.has(fa) && COMMITMENTS.has(fb));
}
/**
 * True when a page's plain saying can be the report's pledge: the pledge's own concepts (the residents'
 * rights, their staying, an amnesty) are what a party promises, and "said they would be guaranteed"
 * promises them. Other content of saying (an accusation, a demand) keeps its own family.
 */
function assurance(page: ActionId, report: ActionId): boolean {
  return page === 'say' && family(report) === 'pledge';
}
/**
 * True when a page's accusation and a report's criticism (or the other way round) speak of one reproach: "La France
 * a reproché à Bakou d'avoir attendu" (accused, of its conduct) is the report's "France criticised Azerbaijan for
 * only allowing the mission in", "Azerbaijan accused France of interference" its "slams French interference". Only
 * about conduct: an accusation of what the reports give as an allegation (PROPOSITIONS: ethnic cleansing) is a
 * claim, which a criticism does not settle. Only agreement is read across the two, never a conflict.
 */
function reproach(page: ActionId, report: ActionId, concepts: readonly ConceptId[]): boolean {
  const pair = (page === 'accuse' && report === 'criticise') || (page === 'criticise' && report === 'accuse');
  return pair && !concepts.some((c) => PROPOSITIONS.has(c));
}
// What a party promises (PROMISED, lexicon/shape.ts): a page's plain saying about one of these is a
// promise (and so the report's pledge, or its saying the same) only when its own clause promises, with a
// future, a modal or a verb of guaranteeing or respecting (`promise` below): "Aliyev said that the talk
// of the Armenians' rights was a provocation" dismisses the talk and promises nothing.

/** How the page's words around a statement bear on its judgement. */
export interface FrameWording {
  /**
   * False when the statement's clause has no promise wording (a future, a modal, "guarantee", "respect"
   * as the verb of the content): a plain saying about what a party promises (PROMISED) is then no
   * promise. Missing: taken as true (a caller that does not look at the words).
   */
  promise?: boolean;
}
const label = (ids: readonly ConceptId[]) => ids.map((c) => CONCEPT_LABELS[c]).join(', ');
const who = (a: ActorId | null) => (a ? ACTOR_LABELS[a] : 'no one named');
/** The act in words: "denied" for any negative claim ("says it has nothing to do with…"), "not escorted" for a deed not done. */
export function actPhrase(s: { action: Frame['action']; polarity: 1 | -1 }): string {
  if (!s.action) return s.polarity < 0 ? 'states it did not happen' : 'states it as fact';
  if (family(s.action) === 'claim') return stance(s.action, s.polarity) < 0 ? 'denied' : ACTIONS[s.action].sign < 0 ? 'did not deny' : ACTIONS[s.action].label;
  return `${s.polarity < 0 ? 'not ' : ''}${ACTIONS[s.action].label}`;
}
const act = actPhrase;

/**
 * Relates a page's statement to the reports. Actor statements: same actor, action family and key
 * terms support it when the stance agrees and contradict it when it is opposite; for acts only
 * one party does, a report naming another actor contradicts it. A fact stated with no actor is
 * disputed when the reports give it as one side's allegation denied by the other.
 */
/**
 * Key terms that say where a party stands or what it holds ("surrendered their weapons to the Armenian army"):
 * never a circumstance of an act that names its own object, so judging on that object keeps them, and a report
 * of the act alone does not corroborate them (review 22 M7).
 */
const PARTY_FACTS: ReadonlySet<ConceptId> = new Set<ConceptId>(['armenia-army-presence', 'armed-presence', 'weapons-shipments', 'interference']);

export function judgeFrame(frame: Frame, index: SourceIndex, wording: FrameWording = {}): StatementJudgement | null {
  // An allegation is about what it alleges: "denounced the offensive as ethnic cleansing" speaks of
  // the ethnic cleansing the reports give as alleged, whatever it is said of.
  const alleged = (!frame.action || family(frame.action) === 'claim') && frame.concepts.some((c) => PROPOSITIONS.has(c));
  // An act that names its own object (surrendering: disarming; dissolving: the dissolution) is about that
  // object: the clause's other key terms are its circumstances or other acts beside it ("zmusił
  // separatystyczne władze do złożenia broni i podjęcia rozmów o reintegracji", "tras la ofensiva … decretaran
  // su disolución"), which a report of the act need not name.
  const own = frame.action ? ACTS_AS_TERMS[frame.action] : undefined;
  // The envoys who hold talks are their parties' delegations, not a mission sent to the region.
  const talks = !!frame.action && family(frame.action) === 'talks';
  const terms = talks ? frame.concepts.filter((c) => c !== 'mission') : alleged ? frame.concepts.filter((c) => PROPOSITIONS.has(c)) : own && frame.concepts.includes(own) ? [own, ...frame.concepts.filter((c) => c !== own && PARTY_FACTS.has(c))] : frame.concepts;
  // Two allegations in one claim ("said no Armenian would remain, accusing Baku of ethnic cleansing")
  // are two things said, each one a report can address: no report need give both in one sentence.
  const need = alleged && terms.length > 1 ? 1 : terms.length >= MANY_TERMS ? terms.length - 1 : terms.length;
  const sharing = candidatesOf(frame, index).filter((s) => {
    // The page's terms must all be in the report's sentence; at least one in the statement itself.
    const shared = terms.filter((c) => s.concepts.includes(c) || s.context.includes(c));
    return shared.length >= need && sameTime(frame, s, index);
  });
  if (sharing.length === 0) return null;
  return frame.action ? judgeAct(frame, sharing, wording.promise !== false) : judgeFact(frame, sharing);
}

function judgeAct(frame: Frame, candidates: ReportStatement[], promise: boolean): StatementJudgement | null {
  if (!frame.action) return null;
  // A plain saying about what a party promises, in words that promise nothing, is no pledge and not the
  // report's same saying either (see PROMISED).
  const unpromised = frame.action === 'say' && !promise && frame.concepts.some((c) => PROMISED.has(c));
  // A passive that names no doer ("the breakaway republic was dissolved") states the deed, not who
  // did it: a report of the same deed by or to the same party supports it, and none can give it to
  // another actor. Its actor (when the reader guessed one) still decides if a report names that actor.
  const undergoer = family(frame.action) === 'claim' ? null : frame.undergoer;
  const deedOnly = undergoer !== null;
  // "obligó a los armenios del enclave a capitular", "the local authorities agreed to disarm": an act
  // only one party does, by a doer the lexicon cannot name but whose words are the region's own side,
  // is that side's: a report of the same deed by that party supports it, and none can give it to
  // another actor (the doer is not named, so the page gives it to no one else).
  const unnamed = !frame.actor && !deedOnly && frame.unnamedDoer !== null && ACTIONS[frame.action].singleAgent ? frame.unnamedDoer : null;
  // "Talks began in Yevlakh on reintegration", "the sides discussed …": talks are held by both sides, and sameTalks
  // says which talks name no side yet are the reports'.
  // "claims that Azerbaijan was carrying out an “ethnic cleansing”": words of an allegation that name no one making
  // them report the allegation as one; a report of someone's same allegation against the same party supports them.
  // Only the noun of the words with no one named ("claims that"): "refugees accused Baku of …" has a subject the lexicon cannot name.
  // (A saying has no undergoer and no single doer, so neither `deedOnly` nor `unnamed` can hold for it.)
  const unclaimed = frame.action === 'say' && frame.wordsNoun === true && !frame.actor && !frame.speaker && !frame.unnamedDoer && frame.objects.length > 0 && frame.concepts.some((c) => PROPOSITIONS.has(c));
  if (!frame.actor && !deedOnly && !unnamed && !unclaimed && family(frame.action) !== 'talks') return null;
  const mine = stance(frame.action, frame.polarity);
  const same: StatementRelation[] = [];
  const others: StatementRelation[] = [];
  for (const s of candidates) {
    if (!s.action) continue;
    // "Shahramanyan ordered all government bodies disbanded", "ordenó clausurar todos los organismos": an
    // order by the one party that does an act (dissolving, surrendering) that names the act's own object
    // is that party doing it: a report of the act by that party supports it.
    const ownAct = ACTS_AS_TERMS[s.action];
    if (family(frame.action) === 'request' && ACTIONS[s.action].singleAgent && ownAct && frame.concepts.includes(ownAct) && (s.actor ?? s.speaker) === frame.actor && stance(s.action, s.polarity) === mine && mine > 0) {
      same.push({ statement: s, relation: 'supports', why: `same actor (${who(frame.actor)}), action (${act(s)}) and object (${label([ownAct])})` });
      continue;
    }
    if (!comparable(s.action, frame.action)) {
      // "Hacıyev said the residents' rights would be respected": a party's words on what it will do for
      // someone are its pledge. A report of the same party's pledge on the same object supports them;
      // words of saying carry any content, so only agreement is read across the two, never a conflict.
      const actor = s.actor ?? s.speaker;
      if (actor && actor === frame.actor && ((!unpromised && assurance(frame.action, s.action)) || reproach(frame.action, s.action, [...frame.concepts, ...s.concepts])) && stance(s.action, s.polarity) === mine && mine > 0) {
        same.push({ statement: s, relation: 'supports', why: `same actor (${who(actor)}), action (${act(s)}) and object (${label(s.concepts.filter((c) => frame.concepts.includes(c)))})` });
      }
      continue;
    }
    if (family(frame.action) === 'talks') {
      if (sameTalks(frame, s) && stance(s.action, s.polarity) === mine && mine > 0) same.push({ statement: s, relation: 'supports', why: `same actor (${who(frame.actor)}), action (${act(s)}) and object (${label(s.concepts.filter((c) => frame.concepts.includes(c)))})` });
      continue;
    }
    const actor = s.actor ?? s.speaker;
    if (unpromised && family(s.action) === 'claim' && s.concepts.some((c) => PROMISED.has(c) && frame.concepts.includes(c))) continue;
    if (otherAccused(frame, s)) continue;
    const shared = label(s.concepts.filter((c) => frame.concepts.includes(c)));
    const theirs = stance(s.action, s.polarity);
    if (actor === frame.actor) {
      const agree = theirs === mine;
      same.push({
        statement: s,
        relation: agree ? 'supports' : 'contradicts',
        why: agree ? `same actor (${who(actor)}), action (${act(s)}) and object (${shared})` : `same actor (${who(actor)}) and object (${shared}), but the report says ${act(s)} where the page says ${act(frame)}`,
      });
    } else if (unclaimed) {
      if (theirs === mine && actor && frame.objects.some((o) => s.objects.includes(o))) same.push({ statement: s, relation: 'supports', why: `same actor (${who(actor)}), action (${act(s)}) and object (${shared})` });
    } else if (unnamed) {
      if (theirs === mine && s.actor === unnamed) same.push({ statement: s, relation: 'supports', why: `same actor (${who(s.actor)}), action (${act(s)}) and object (${shared})` });
    } else if (deedOnly) {
      // (In the words of the explanations the cards translate: the party the page names is the report's actor or object.)
      if (theirs === mine && (s.actor === undergoer || s.objects.includes(undergoer))) same.push({ statement: s, relation: 'supports', why: `same actor (${who(actor)}), action (${act(s)}) and object (${shared})` });
    } else if (ACTIONS[frame.action].singleAgent && s.actor && theirs === mine) {
      others.push({ statement: s, relation: 'contradicts', why: `same action (${act(s)}) and object (${shared}), but by ${who(s.actor)}, not ${who(frame.actor)}` });
    }
  }
  // "Baku insists peace is possible only with the regime's dissolution", "Azerbaycan, … silahsızlandırılması
  // halinde operasyonu durduracağını açıkladı": an act only one party does, read with the party that
  // wanted it as its doer, names that party's demand. When the reports give the act to another actor
  // and its demand to the page's, the page speaks of the demand: that report supports it, and the act's
  // doer is no conflict.
  // Only what the party is reported to say is read as its demand. Said by nobody ("Azerbaijan dissolved the
  // republic", or a reading that gave "… se disolverían" the wrong doer), the statement is either a false
  // attribution or a misreading: neither corroborated nor called conflicting, it is not shown.
  if (same.length === 0 && others.length && mine > 0) {
    const demanded = demandsOf(frame, candidates);
    // (Read as the demand, the page's statement and the report's are the same actor, action and object.)
    if (demanded.length && frame.speaker !== null) return { verdict: 'corroborated', relations: demanded, readAs: 'demand', reason: 'a report states the same actor, action and object' };
    if (demanded.length) return null;
  }
  const relations = same.length ? same : others;
  if (relations.length === 0) return null;
  const supports = relations.some((r) => r.relation === 'supports');
  const contradicts = relations.some((r) => r.relation === 'contradicts');
  if (supports && contradicts) return { verdict: 'disputed', relations, reason: 'the reports disagree on what this actor did or said' };
  if (supports) return { verdict: 'corroborated', relations, reason: 'a report states the same actor, action and object' };
  return { verdict: 'conflicting', relations, reason: same.length ? 'the reports give this actor the opposite position' : 'the reports give this act to another actor' };
}

// The parties of talks: whoever the statement names as doing them and whoever it names beside them
// ("talks between Baku and the separatists", "Baku sat down with the Karabakh envoys"); talks have no one doer.
const partiesOf = (x: { actor: ActorId | null; speaker?: ActorId | null; objects: readonly ActorId[] }): ActorId[] => [...new Set([...(x.actor ? [x.actor] : []), ...x.objects])];
// The region's own side: a state holds talks with many, the region's side only about its own future.
const REGION_SIDE: ActorId = 'separatists';
/**
 * True when a page's talks are the report's: every party the page names is one of the report's, and the
 * page names both sides of them, or the region's own side and what they talk about (a key term beside
 * "talks": the reintegration). "Aliyev held talks with Erdogan" names a party the report does not;
 * "Aliyev held talks" alone, or "Baku opened talks with Tbilisi on reintegrating the railways" (the other
 * side not one the lexicon names), may be any talks at all.
 */
function sameTalks(frame: Frame, s: ReportStatement): boolean {
  // "Talks began on reintegrating Karabakh into Azerbaijan", "обсудили реинтеграцию … в азербайджанское общество":
  // Azerbaijan as the object of talks on reintegration is where the region is to be reintegrated, not a party.
  const page = partiesOf(frame).filter((p) => !(p === 'azerbaijan' && frame.actor !== p && frame.concepts.includes('reintegration')));
  if (frame.unnamedDoer === REGION_SIDE && !page.includes(REGION_SIDE)) page.push(REGION_SIDE);
  const report = partiesOf(s);
  // Talks that name no party are the reports' talks only on what only these talks were about: the region's reintegration.
  if (page.length === 0) return frame.concepts.includes('reintegration') && s.concepts.includes('reintegration');
  if (!page.every((p) => report.includes(p))) return false;
  return page.length >= 2 || (page.includes(REGION_SIDE) && frame.concepts.some((c) => c !== 'talks' && s.concepts.includes(c)));
}

/**
 * Who an allegation is made against: the parties an accusation names ("accused Azerbaijan of ethnic
 * cleansing"), or the one who denies it (a denial answers a charge against the denier). Empty when an
 * accusation names no one.
 */
function accused(x: { actor: ActorId | null; action: Frame['action']; polarity: 1 | -1; objects: readonly ActorId[] }, actor: ActorId | null): readonly ActorId[] {
  return stance(x.action, x.polarity) < 0 ? (actor ? [actor] : []) : x.objects;
}
/**
 * True when a page's allegation and a report's, by the same party, charge different parties: "Azerbaijan
 * accused Armenia of ethnic cleansing" (of Azerbaijanis, in another war) is not the charge Azerbaijan
 * denies when it rejects the ethnic cleansing of Karabakh's Armenians, so that denial neither supports
 * nor contradicts it. Only where both sides name the accused.
 */
function otherAccused(frame: Frame, s: ReportStatement): boolean {
  if (family(frame.action) !== 'claim' || family(s.action) !== 'claim' || !frame.concepts.some((c) => PROPOSITIONS.has(c) && s.concepts.includes(c))) return false;
  const page = accused(frame, frame.actor);
  const report = accused(s, s.actor ?? s.speaker);
  return page.length > 0 && report.length > 0 && !page.some((a) => report.includes(a));
}

/** The reports' demands by a frame's actor for the act the frame names (its own key term, as ACTS_AS_TERMS gives it, or one of the frame's). */
function demandsOf(frame: Frame, candidates: ReportStatement[]): StatementRelation[] {
  if (!frame.action || !frame.actor) return [];
  const own = ACTS_AS_TERMS[frame.action];
  const wanted = own ? [own] : frame.concepts;
  return candidates
    .filter((s) => (s.actor ?? s.speaker) === frame.actor && s.action && family(s.action) === 'request' && stance(s.action, s.polarity) > 0 && wanted.some((c) => s.concepts.includes(c)))
    .map((s) => ({ statement: s, relation: 'supports' as const, why: `same actor (${who(frame.actor)}), action (${act(s)}) and object (${label(s.concepts.filter((c) => frame.concepts.includes(c)))})` }));
}

function judgeFact(frame: Frame, candidates: ReportStatement[]): StatementJudgement | null {
  const mine = frame.polarity;
  const relations: StatementRelation[] = [];
  const sides = { for: new Set<ActorId>(), against: new Set<ActorId>() };
  for (const s of candidates) {
    const shared = s.concepts.filter((c) => frame.concepts.includes(c) && PROPOSITIONS.has(c));
    if (shared.length === 0) continue;
    const theirs = stance(s.action, s.polarity);
    const agree = theirs === mine;
    if (!s.action) {
      // The report states it in its own voice.
      relations.push({ statement: s, relation: agree ? 'supports' : 'contradicts', why: `the report itself ${agree ? 'states' : 'denies'} ${label(shared)}` });
      continue;
    }
    const actor = s.actor ?? s.speaker;
    if (!actor || family(s.action) !== 'claim') continue;
    (agree ? sides.for : sides.against).add(actor);
    // What the report's party does with the proposition, whichever way the page states it: on a page that states
    // a denial as fact ("people leave of their own will"), the report that agrees is a denial.
    relations.push({ statement: s, relation: agree ? 'supports' : 'contradicts', why: `${who(actor)} ${theirs > 0 ? 'alleges' : 'denies'} ${label(shared)}` });
  }
  const alleged = [...sides.for].some((a) => [...sides.against].some((b) => b !== a));
  if (alleged) {
    const by = [...sides.for].map(who).join(' and ');
    const against = [...sides.against].map(who).join(' and ');
    const reason = mine > 0 ? `the reports give this as ${by}'s allegation, denied by ${against}` : `the reports give this as ${by}'s denial of ${against}'s allegation`;
    return { verdict: 'disputed', relations, reason: `${reason}; the page states it as fact` };
  }
  const own = relations.filter((r) => !r.statement.action);
  if (own.length && own.every((r) => r.relation === 'supports') && sides.against.size === 0) return { verdict: 'corroborated', relations: own, reason: 'a report states it in its own voice' };
  if (own.length && own.every((r) => r.relation === 'contradicts') && sides.for.size === 0) return { verdict: 'conflicting', relations: own, reason: 'a report states the opposite in its own voice' };
  // One side's word alone, with no denial and no report's own voice: the reports do not settle it.
  return null;
}
