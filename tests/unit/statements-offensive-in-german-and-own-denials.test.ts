// Statements met in fresh17 (read from stop 47; sentences written for this test): in German, an attack "begonnen"
// after its noun ("ihren Angriff auf die Region begonnen") and anti-terror measures "angekündigt" or "kündigte … an";
// a party that dismisses another's argument right after making an allegation does not deny its own allegation.
// Each with the near-miss that keeps the reading narrow.
import { describe, expect, it } from 'vitest';
import { statementsOn } from './helpers/seed-statements';

const on = statementsOn('2023-09-22');

describe('the offensive begun or announced, in German', () => {
  it('reads an attack begun after its noun, under the name of an anti-terrorist operation', () => {
    const text = 'Die aserbaidschanische Armee hatte unter dem Deckmantel einer „antiterroristischen Operation“ ihren Angriff auf die Region Bergkarabach begonnen.';
    expect(on(text)).toEqual([['azerbaijan', 'attack', 'offensive', 'corroborated']]);
  });

  it('reads anti-terror measures announced, with the participle last or the particle verb', () => {
    expect(on('Baku hat in Bergkarabach Antiterrormaßnahmen angekündigt.')).toEqual([['azerbaijan', 'attack', 'offensive', 'corroborated']]);
    expect(on('Baku kündigte am Dienstag Antiterrormaßnahmen in Bergkarabach an.')).toEqual([['azerbaijan', 'attack', 'offensive', 'corroborated']]);
  });

  it('near-miss: an attack begun on a goal is no offensive', () => {
    expect(on('Die Mannschaft aus Baku hat ihren Angriff auf das Tor begonnen.')).toEqual([]);
  });
});

describe('a denial after an allegation', () => {
  it('is not the accuser denying its own charge: the dismissal is of the other side’s words', () => {
    const text = '“Azerbaijan is completing its policy of ethnic cleansing in Nagorno-Karabakh,” Armenia’s Foreign Ministry said. The ministry dismissed Baku’s argument that the operation was prompted by Yerevan.';
    expect(on(text).filter(([, action]) => action === 'deny')).toEqual([]);
  });

  it('near-miss: the accused side denying the charge still denies it', () => {
    expect(on('Armenia accused Azerbaijan of ethnic cleansing in Nagorno-Karabakh. Baku denied the charge.')).toContainEqual(['azerbaijan', 'deny', 'expulsion', 'corroborated']);
  });

  it('near-miss: a charge made earlier in the same sentence is the other side’s, even when that side spoke last', () => {
    const text = 'President Aliyev has promised that the rights of Armenians in Karabakh will be respected. Karabakh Armenians said they dreaded ethnic cleansing, a charge Baku has repeatedly brushed aside.';
    expect(on(text)).toContainEqual(['azerbaijan', 'deny', 'expulsion', 'corroborated']);
  });
});
