// Mends after round 21's fresh-eyed review (review 21): each case gave a wrong claim on the reviewed change, or
// the change did not do what it meant to. Texts written for this project (the reviewer's and the lead's).
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../lib/claims';

const day = (iso: string) => Math.floor(Date.parse(`${iso}T00:00:00Z`) / 86_400_000);
const claims = (text: string, iso = '2023-10-05') => extractClaims(text, { pageDay: day(iso) }).map((c) => [c.text, c.measure]);

describe('H1: leaving Armenia is read only in the count\'s own clause', () => {
  it.each([
    ['Meer dan 100.000 mensen vluchtten uit Nagorno-Karabach; 1.500 gezinnen verlieten Armenië.', 'Meer dan 100.000'],
    ['Ponad 100 tysięcy osób uciekło z Górskiego Karabachu; 1500 rodzin opuściło Armenię.', 'Ponad 100 tysięcy'],
    ["Plus de 100 000 personnes ont fui le Haut-Karabakh ; 1 500 familles ont quitté l'Arménie.", 'Plus de 100 000'],
    ['Im vergangenen Monat flohen mehr als 100.000 Menschen aus Berg-Karabach; 1.500 Familien verließen Armenien.', 'mehr als 100.000'],
  ])('%s', (text, exodus) => {
    expect(claims(text)).toContainEqual([exodus, 'left']);
  });

  it('near-miss: a count whose own clause leaves Armenia is still that count', () => {
    expect(claims('More than 3,000 displaced people from Nagorno-Karabakh have left Armenia since October.', '2023-12-01')).toEqual([['More than 3,000', 'left_armenia']]);
  });
});

describe('M4: leaving Armenia is a figure of these events only for Karabakh\'s people', () => {
  it('emigration from Armenia in general gives nothing', () => {
    expect(claims('Since 2020, about 9,000 people have left Armenia for Russia, while Nagorno-Karabakh emptied.', '2023-12-01')).toEqual([]);
  });
});

describe('H2: the office of a speaker makes no term of office of what is said', () => {
  it('the exodus\'s span stays the exodus\'s', () => {
    expect(claims('The president of Armenia said that between September 2023 and January 2024 more than 100,000 people left Nagorno-Karabakh.', '2024-02-01')).toContainEqual(['September 2023', 'date:exodus']);
  });

  it('near-miss: a span in the office holder\'s own clause is still a term of office', () => {
    expect(claims('Vardanyan, who was state minister of Nagorno-Karabakh between November 2022 and February 2023, was arrested.', '2024-02-01')).toContainEqual(['November 2022', 'date:tenure']);
  });
});

describe('H3: a telephone number is no count, its hedge aside and whatever the parser joined', () => {
  it('a hotline\'s number beside the count gives the count alone', () => {
    expect(claims('Ruf die Hotline unter 0800 123 456 an; mehr als 100.000 Menschen sind aus Berg-Karabach geflohen.')).toEqual([['mehr als 100.000', 'left']]);
  });

  it('a number written with hyphens, or with a leading zero, gives nothing', () => {
    expect(claims('For information call the Nagorno-Karabakh refugee line on 1-800-555-0199 or 010 123456.')).toEqual([]);
  });

  it('near-miss: a dated count and a German count after a date are still counts', () => {
    expect(claims('Am 28.09.2023 100.000 Menschen aus Berg-Karabach geflohen.')).toContainEqual(['100.000', 'left']);
  });
});

describe('M2: a noun of an attack makes a verb of starting the offensive\'s only as the verb\'s own', () => {
  it('an investigation into an attack starts no offensive', () => {
    expect(claims('In January 2023 Azerbaijan launched an investigation into the attack on its embassy, Nagorno-Karabakh officials said.')).not.toContainEqual(['January 2023', 'date:start']);
    expect(claims('Azerbaijan began talks on 2 October after the attack on Nagorno-Karabakh.')).not.toContainEqual(['2 October', 'date:start']);
  });

  it('near-miss: the attack the verb launched, as its object or the head of its relative clause', () => {
    expect(claims('La agresión que Azerbaiyán lanzó contra Nagorno Karabaj el 19 de septiembre causó un éxodo.')).toContainEqual(['19 de septiembre', 'date:start']);
    expect(claims('On 19 September Azerbaijan launched an attack on Nagorno-Karabakh.')).toContainEqual(['19 September', 'date:start']);
  });
});

describe('M1: money is aid when a word of aid stands by it, or when it is paid to the refugees', () => {
  it('a reparations demand, a salary and a cost are no aid', () => {
    expect(claims('Azerbaijan demanded 50 billion dollars in compensation from Armenia for the occupation of Nagorno-Karabakh.')).toEqual([]);
    expect(claims('Teachers in Nagorno-Karabakh were paid 200,000 drams before the offensive.')).toEqual([]);
    expect(claims('The Nagorno-Karabakh war cost Armenia 3 billion dollars in lost benefits of trade.')).toEqual([]);
  });

  it('near-miss: a sum paid to the refugees is aid', () => {
    expect(claims('Every refugee from Nagorno-Karabakh who rents a flat has been paid 50,000 drams a month by the state.')).toEqual([['50,000 drams', 'aid']]);
  });
});
