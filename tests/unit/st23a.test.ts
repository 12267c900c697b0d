// Round 22a: who acts, and what the judge makes of it. A participle of saying after a verb of denial whose
// own clause names nothing; a party between an auxiliary and its verb (a pseudo-cleft, no passive); a
// future negation with "until" (a condition: the party's demand, not the act done); an act that names its
// own object, judged on that object whatever else its clause names.
import { describe, expect, it } from 'vitest';
import { makeSource } from '../../lib/corpus';
import { splitPassages } from '../../lib/passages';
import { buildIndex } from '../../lib/source-index';
import { distinctActs } from '../../lib/statements/check-statements';
import { judgeFrame } from '../../lib/statements/judge';
import { readFrames } from '../../lib/statements/reader';

const frames = (text: string) => readFrames(text, [{ start: 0, end: text.length }]);
const read = (text: string) => frames(text).map((f) => `${f.actor ?? f.unnamedDoer ?? '-'} ${f.polarity < 0 ? 'not ' : ''}${f.action ?? 'fact'}`);
const spans = (text: string) => frames(text).map((f) => text.slice(f.start, f.end));

describe('a participle of saying after a denial that names nothing is what the denial meant', () => {
  it('the statement runs from the verb of denial', () => {
    const text = "Azerbaijan's foreign ministry flatly rejected that label on Monday, saying the Armenians of Karabakh had left of their own free will.";
    expect(read(text)).toEqual(['azerbaijan not say']);
    expect(spans(text)[0]).toMatch(/^rejected that label/u);
  });
  it('so does one after a verb of criticism', () => {
    expect(spans('Baku condemned the remarks, calling the talk of ethnic cleansing in Karabakh a lie.')[0]).toMatch(/^condemned the remarks/u);
  });
  it.each([
    'Azerbaijan rejected that label, while Armenia said the Armenians of Karabakh had been forced out.',
    'Azerbaijan rejected that label on Monday; Armenia said the Armenians of Karabakh had been forced out.',
  ])('near-miss: another party’s saying after it does not take the denial’s words: "%s"', (text) => {
    expect(read(text)).toEqual(['armenia say']);
    expect(spans(text)[0]).not.toMatch(/rejected/u);
  });
});

describe('a party between an auxiliary and its verb is the verb’s subject (a pseudo-cleft)', () => {
  it('is the accuser, no passive', () => {
    expect(read('Ethnic cleansing is what Yerevan has accused Baku of ever since the offensive.')).toEqual(['armenia accuse']);
  });
  it.each([
    ['The convoys were, Moscow said, escorted by Russian peacekeepers to the border.', 'russia escort'],
    ['The convoys of refugees were escorted by Russian peacekeepers to Armenia.', 'russia escort'],
  ])('near-miss: a name in an aside or after the verb leaves the passive as it is: "%s"', (text, reading) => {
    expect(read(text)).toEqual([reading]);
  });
});

describe('a future negation with "until" is a condition (StatementLexicon.conditions)', () => {
  it('the act after it is demanded by the party that sets it, not done', () => {
    expect(read('Baku said there would be no negotiations with the Karabakh leadership until its fighters laid down their weapons.')).toEqual(['azerbaijan demand']);
  });
  it('near-miss: a past negation with "until" reports the act, and sets no condition', () => {
    expect(read('Azerbaijan did not halt its strikes until the separatists laid down their weapons.')).not.toContain('azerbaijan demand');
  });
});

describe('an act that names its own object is judged on that object', () => {
  const REPORT = 'Karabakh fighters lay down arms\n\nThe separatist forces of Nagorno-Karabakh surrendered on Wednesday.';
  const index = buildIndex([makeSource('wire-0921', REPORT, { id: 'wire-0921', outlet: 'Wire', date: '2023-09-21' })]);
  const judge = (sentence: string) => {
    const [frame] = readFrames(sentence, splitPassages(sentence));
    return frame ? (judgeFrame(frame, index)?.verdict ?? null) : null;
  };
  it('another act’s key term beside it need not be in the report', () => {
    expect(judge('Azerbaijan forced the separatist government to surrender and to accept reintegration.')).toBe('corroborated');
  });
  it('near-miss: an act that names no object of its own still needs every key term', () => {
    expect(judge('The separatists asked for aid and for talks on reintegration.')).toBeNull();
  });
  it('near-miss: a party forced that the lexicon cannot name is no one’s surrender', () => {
    expect(judge('Russia forced the Chechen government to surrender and to accept reintegration.')).toBeNull();
  });
});

describe('a passive verb of saying aimed at someone’s words before it, with a dismissal, is its agent’s denial', () => {
  it.each([
    "Yerevan's accusations of ethnic cleansing in Karabakh were described as slander by Hajiyev on Tuesday.",
    "Armenia's claims of ethnic cleansing were branded baseless by Baku.",
  ])('"%s"', (text) => {
    expect(read(text)).toEqual(['azerbaijan deny']);
  });
  it('near-miss: without a dismissal it neither makes nor denies the allegation', () => {
    expect(read("Armenia's claims of ethnic cleansing were reported by Baku's press agency.")).toEqual([]);
  });
  it('near-miss: "claims" with no possessive before it stays a verb', () => {
    expect(read('Armenia claims ethnic cleansing is under way in Karabakh.')).toEqual(['armenia say']);
  });
});

describe('two attributions joined by a coordinator: the source named first speaks', () => {
  it('the first source', () => {
    expect(frames('Volgens de autoriteiten in Bakoe en ook volgens het Kremlin hoeven de Armeniërs in Karabach niet te vluchten.').map((f) => f.speaker)).toEqual(['azerbaijan']);
  });
  it('near-miss: attributions of two clauses, not joined, keep the sentence’s last source', () => {
    expect(frames('Volgens Moskou is er geen reden om te vluchten, maar volgens Jerevan worden de Armeniërs verdreven.').map((f) => f.speaker)).not.toContain('russia');
  });
});

describe('an order by the one party that does an act, of that act, is its doing it', () => {
  const REPORT = 'Karabakh republic to end\n\nThe separatist authorities of Nagorno-Karabakh dissolved their republic on Thursday.';
  const index = buildIndex([makeSource('wire-0928', REPORT, { id: 'wire-0928', outlet: 'Wire', date: '2023-09-28' })]);
  const judge = (sentence: string) => {
    const [frame] = readFrames(sentence, splitPassages(sentence));
    return frame ? (judgeFrame(frame, index)?.verdict ?? null) : null;
  };
  it('the region’s leader orders its own bodies disbanded', () => {
    expect(judge('The Karabakh leader ordered every state body of the republic disbanded by the end of the year.')).toBe('corroborated');
  });
  it('near-miss: another party’s order for the act is a demand, not the act', () => {
    expect(judge('Azerbaijan ordered every state body of the separatist republic disbanded.')).toBeNull();
  });
});

describe('one party’s two deeds of one kind in a sentence are two statements (distinctActs)', () => {
  const at = (start: number, action: 'surrender' | 'agree' | 'deny' | 'say') => ({ action, actor: 'separatists' as const, concepts: ['disarm' as const], start, end: start + 10 });
  it('two deeds, in their own words', () => {
    expect(distinctActs(at(0, 'surrender'), at(20, 'agree'))).toBe(true);
  });
  it('near-miss: two sayings on one matter stay one', () => {
    expect(distinctActs(at(0, 'deny'), at(20, 'say'))).toBe(false);
  });
  it('near-miss: two deeds in the same words stay one', () => {
    expect(distinctActs(at(0, 'surrender'), at(5, 'agree'))).toBe(false);
  });
});
