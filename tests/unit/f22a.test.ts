// Round 22 (f22a): figures of English, Armenian, Azerbaijani, Turkish, French, Dutch and Czech pages, and three
// mends of review 21 (M3, M5, L1). Texts written for this project.
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../lib/claims';
import { LANGUAGES, LEXICONS } from '../../lib/lexicon';
import { readFrames } from '../../lib/statements/reader';

const day = (iso: string) => Math.floor(Date.parse(`${iso}T00:00:00Z`) / 86_400_000);
const claims = (text: string, iso = '2023-10-05') => extractClaims(text, { pageDay: day(iso) }).map((c) => [c.text, c.measure]);
const frames = (text: string) => readFrames(text, [{ start: 0, end: text.length }]).map((f) => `${f.actor ?? f.unnamedDoer ?? '-'} ${f.action ?? 'fact'}`);

describe('M5: a state one is left in is no count of those who stayed (lexicon leftStates)', () => {
  it.each([
    'After the explosion in Nagorno-Karabakh, 300 families were left without gas.',
    'Some 2,000 people were left homeless by the shelling of Stepanakert.',
    'В Нагорном Карабахе 300 семей остались без газа после взрыва.',
    "Karabağ'da bombardımandan sonra 300 aile evsiz kaldı.",
    'Au Haut-Karabakh, 300 familles sont restées sans électricité après l’explosion.',
    'In Berg-Karabach sind nach der Explosion 300 Familien ohne Strom geblieben.',
  ])('%s', (text) => {
    expect(claims(text).filter(([, m]) => String(m).startsWith('remaining'))).toEqual([]);
  });

  it('near-miss: people who stayed behind are still counted', () => {
    expect(claims('Only 50 people were left in Stepanakert after the exodus.')).toEqual([['Only 50', 'remaining']]);
    expect(claims('В Нагорном Карабахе остались 300 человек.')).toEqual([['300', 'remaining']]);
    expect(claims("Karabağ'da yalnızca 300 Ermeni kaldı.")).toEqual([['yalnızca 300', 'remaining']]);
  });

  it('every language lists its states, after the verb or (verb last) before it', () => {
    expect(LANGUAGES.filter((code) => LEXICONS[code].leftStates.after.length + LEXICONS[code].leftStates.before.length === 0)).toEqual([]);
  });
});

describe('L1: leaving Armenia read from a one-word verb in the count\'s own clause', () => {
  it('a count of those who left Armenia again is not the exodus', () => {
    const out = claims('More than 100,000 people fled Nagorno-Karabakh to Armenia, and 1,500 of them have since left Armenia for Russia.');
    expect(out).toContainEqual(['More than 100,000', 'left']);
    expect(out.filter(([t]) => t === '1,500').map(([, m]) => m)).not.toContain('left');
    const emigration = claims('Emigration is high: in 2022 about 9,000 Armenians left Armenia, while 100,000 people fled Nagorno-Karabakh in 2023.');
    expect(emigration.filter(([t]) => t === 'about 9,000')).toEqual([]);
    expect(emigration).toContainEqual(['100,000', 'left']);
  });

  it('near-miss: the verb of leaving with Karabakh as its object is still the exodus', () => {
    expect(claims('By Friday 1,500 of them had already left Nagorno-Karabakh for Armenia.')).toEqual([['1,500', 'left']]);
  });
});

describe('M3: an office\'s seat followed by another body is that body\'s office, not the seat\'s state', () => {
  it('a seat with "of + body" after it names no state', () => {
    expect(frames('The representatives in Yerevan of the UN refugee agency said Baku had carried out ethnic cleansing in Nagorno-Karabakh.').filter((f) => f.startsWith('armenia'))).toEqual([]);
    expect(frames('Les représentants à Erevan du HCR ont accusé Bakou de nettoyage ethnique au Haut-Karabakh.').filter((f) => f.startsWith('armenia'))).toEqual([]);
  });

  it('near-miss: an office and its seat alone are still the seat\'s state', () => {
    expect(frames('A spokeswoman in Yerevan said Baku had carried out ethnic cleansing in Nagorno-Karabakh.').some((f) => f.startsWith('armenia'))).toBe(true);
  });
});
