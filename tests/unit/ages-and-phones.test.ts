// A person's age and the digits of a telephone number are nobody's count (issue 11: "ages … are not claims").
// Texts written for this project.
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../lib/claims';

const day = (iso: string) => Math.floor(Date.parse(`${iso}T00:00:00Z`) / 86_400_000);
const figures = (text: string) => extractClaims(text, { pageDay: day('2023-10-05') }).map((c) => c.text);

describe('an age is not a count', () => {
  it.each([
    ['Among the refugees who fled Nagorno-Karabakh, residents aged 60+ need special care.', []],
    ['More than 100,000 people fled Nagorno-Karabakh; those aged over 65 need care.', ['More than 100,000']],
    ['Среди 100 тысяч беженцев из Карабаха много людей в возрасте 70 лет.', ['100 тысяч']],
    ["Karabağ'dan gelen 100 bin mülteci arasında 65 yaş üstü binlerce kişi var.", ['100 bin', 'binlerce']],
    ['Unter den 100.000 Flüchtlingen aus Bergkarabach sind viele im Alter von über 60 Jahren.', ['100.000']],
    ['Los 100.000 refugiados de Nagorno Karabaj mayores de 65 años reciben ayuda.', ['100.000']],
    ['Wśród 100 tysięcy uchodźców z Górskiego Karabachu są osoby w wieku 80 lat.', ['100 tysięcy']],
  ])('%s', (text, counts) => {
    // The sentence's own count is read; the age is not.
    expect(figures(text)).toEqual(counts);
  });

  it('near-miss: "older than" a count of people is no age above a person\'s years, and a conflict\'s length is still a span', () => {
    expect(figures('More than 100,000 people fled Nagorno-Karabakh after three decades of conflict.')).toEqual(['More than 100,000', 'three decades']);
  });
});

describe('a telephone number is not a count', () => {
  it.each([
    'Refugees from Karabakh can call 060 27 27 27 for help with housing.',
    'Refugees from Nagorno-Karabakh can call +374 60 27 27 for help.',
    'Families from Nagorno-Karabakh can dial 0800 12 34 for shelter.',
  ])('%s', (text) => {
    expect(figures(text)).toEqual([]);
  });

  it('near-miss: numbers grouped by spaces, and counts in a list, are still counts', () => {
    expect(figures('Armenia registered 100 617 refugees from Nagorno-Karabakh.')).toEqual(['100 617']);
    expect(figures('В Армению прибыли 48 215 человек из Нагорного Карабаха.')).toEqual(['48 215']);
    expect(figures('Nagorno-Karabakh: 200 killed, 400 wounded, 100,000 fled.')).toEqual(['200', '400', '100,000']);
    // A dateline's digits before a hedged count: the count is read (verdicts15 caught this).
    expect(figures('2023-09 At least 200 people were killed in the Azerbaijani offensive in Nagorno-Karabakh.')).toEqual(['At least 200']);
  });
});
