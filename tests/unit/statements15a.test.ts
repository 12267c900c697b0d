// Round 15a: statements read from structure rather than from listed phrasings (issue 13).
import { describe, expect, it } from 'vitest';
import { readFrames } from '../../lib/statements/reader';

const frames = (text: string) => readFrames(text, [{ start: 0, end: text.length }]);
const acts = (text: string) => frames(text).map((f) => [f.actor ?? f.unnamedDoer, f.action]);

describe('a possessed act noun is its owner’s act, whatever verb governs it', () => {
  it.each([
    ['en', 'The separatists announced their surrender on Wednesday.'],
    ['de', 'Die Separatisten haben ihre Kapitulation bekannt gemacht.'],
    ['fr', 'Les autorités séparatistes ont rendu publique leur reddition.'],
    ['nl', 'De separatisten maakten woensdag hun overgave bekend.'],
  ])('%s: the separatists surrendered', (_, text) => {
    expect(acts(text)).toContainEqual(['separatists', 'surrender']);
  });
  it('after a leading "nachdem", the region named before the possessive is the doer', () => {
    expect(acts('Nachdem Berg-Karabach seine Selbstauflösung angekündigt hatte, flohen viele.')).toContainEqual(['separatists', 'dissolve']);
  });
  it.each([
    ['en', 'Azerbaijan welcomed their surrender as a victory.'],
    ['de', 'Der Präsident in Baku begrüßte ihre Kapitulation.'],
    ['fr', 'Bakou a salué leur reddition.'],
  ])('near-miss, %s: someone else’s surrender welcomed is no surrender by the subject', (_, text) => {
    expect(frames(text).filter((f) => f.action === 'surrender')).toEqual([]);
  });
  it('a demand for their surrender stays a demand', () => {
    expect(acts('Azerbaijan demanded their surrender.')).toEqual([['azerbaijan', 'demand']]);
  });
});

describe('a verb-second clause has its subject after the verb, a body and its seat too', () => {
  it.each([
    ['de', 'Am Freitag warf die Regierung in Jerewan Baku eine ethnische Säuberung vor.'],
    ['de', 'Am Donnerstagabend beschuldigte Armeniens Premier Paschinjan Aserbaidschan der ethnischen Säuberung.'],
    ['nl', 'Op vrijdag beschuldigde de regering in Jerevan Bakoe van etnische zuivering.'],
  ])('%s: Armenia accuses', (_, text) => {
    const f = frames(text).find((x) => x.action === 'accuse');
    expect(f?.actor).toBe('armenia');
    expect(f?.objects).toContain('azerbaijan');
  });
  it('near-miss: a protester in Yerevan is not Armenia', () => {
    expect(frames('Am Freitag warf ein Demonstrant in Jerewan Baku eine ethnische Säuberung vor.').find((x) => x.action === 'accuse')?.actor ?? null).toBeNull();
  });
});
