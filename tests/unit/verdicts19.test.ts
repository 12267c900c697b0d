// Verdicts, nineteenth round: the verdict a fact-checker would sign on the figures found (issue 11).
// Every sentence here is a paraphrase written for the test, never an article's text.
import { describe, expect, it } from 'vitest';
import { parseIsoDate } from '../../lib/calendar';
import { checkText } from '../../lib/check';
import { buildIndex } from '../../lib/source-index';
import { loadCorpusDir } from '../../scripts/corpus-files';

const index = buildIndex(loadCorpusDir(new URL('../../seeds', import.meta.url).pathname));
const figures = (text: string, date: string) =>
  checkText(text, index, { pageDay: parseIsoDate(date)! })
    .filter((c) => c.kind === 'figure')
    .map((c) => [c.text, c.measure, c.verdict]);

describe('which of a dissolution\'s two days is the decree\'s is read once, by extraction (the debt of round 18)', () => {
  it('takes no dateline for the later day a dissolution is decreed before (English, French)', () => {
    expect(figures('2024-05-20 The separatist republic of Nagorno-Karabakh ceased to exist on 1 January 2024.', '2024-05-20')).toEqual([['1 January 2024', 'date:dissolution', 'corroborated']]);
    expect(figures("2024-05-20 La république séparatiste du Haut-Karabakh a cessé d'exister le 1er janvier 2024.", '2024-05-20')).toEqual([['1er janvier 2024', 'date:dissolution', 'corroborated']]);
  });

  it('still reads the earlier of two days beside words of dissolving as the decree\'s (English, German)', () => {
    const en = figures('On 28 September the leader of Nagorno-Karabakh signed a decree under which the republic will cease to exist on 1 January 2024.', '2023-10-02');
    expect(en).toContainEqual(['28 September', 'date:decree', 'consistent']);
    expect(en).toContainEqual(['1 January 2024', 'date:dissolution', 'corroborated']);
    const de = figures('Am 28. September kündigte die Führung Berg-Karabachs an, zum 1. Januar 2024 alle staatlichen Institutionen aufzulösen.', '2023-10-02');
    expect(de).toContainEqual(['28. September', 'date:decree', 'consistent']);
  });
});

describe('a span conflicts only when its clause names the event whose length the reports give (review 18, pre-existing)', () => {
  it('leaves the length of peace talks unverified, not conflicting (English, French)', () => {
    expect(figures('The peace talks between Armenia and Azerbaijan over Nagorno-Karabakh lasted three days.', '2023-10-02')).toEqual([['three days', 'duration', 'unverified']]);
    expect(figures("Les pourparlers de paix entre l'Arménie et l'Azerbaïdjan sur le Haut-Karabakh ont duré trois jours.", '2023-10-02')).toEqual([['trois jours', 'duration', 'unverified']]);
    expect(figures('The peace talks on Nagorno-Karabakh lasted a few days.', '2023-10-02')).toEqual([['a few days', 'duration', 'unverified']]);
  });

  it('reads the exodus\'s own span as the exodus\'s, not the offensive\'s length (English, French)', () => {
    expect(figures('The exodus from Nagorno-Karabakh lasted two weeks.', '2023-10-02')).toEqual([['two weeks', 'exodus_time', 'unverified']]);
    expect(figures("L'exode du Haut-Karabakh a duré une semaine.", '2023-10-02')).toEqual([['une semaine', 'exodus_time', 'consistent']]);
  });

  it('reads a span counted from an event\'s end as time that passed, not a length (English, French, German)', () => {
    expect(figures("Three years after the ceasefire, Azerbaijan's offensive on Nagorno-Karabakh forced 100,000 Armenians to flee.", '2023-10-02')).toContainEqual(['Three years', 'duration', 'unverified']);
    expect(figures("Trois ans après le cessez-le-feu, l'offensive de l'Azerbaïdjan a forcé 100 000 Arméniens du Haut-Karabakh à fuir.", '2023-10-02')).toContainEqual(['Trois ans', 'duration', 'unverified']);
    expect(figures('Zwei Tage nach der Kapitulation begann die Flucht aus Berg-Karabach.', '2023-10-02')).toEqual([['Zwei Tage', 'duration', 'unverified']]);
  });

  it('still judges the offensive\'s own length, and a length counted from its start (English)', () => {
    expect(figures('The offensive on Nagorno-Karabakh lasted three days.', '2023-10-02')).toEqual([['three days', 'duration', 'conflicting']]);
    expect(figures("Nagorno-Karabakh's separatists laid down arms a day after Azerbaijan began its offensive.", '2023-10-02')).toEqual([['a day', 'duration', 'corroborated']]);
    expect(figures('The offensive on Nagorno-Karabakh lasted a day before the separatists surrendered.', '2023-10-02')).toEqual([['a day', 'duration', 'corroborated']]);
  });
});

describe('a vague span wholly past a report\'s upper bound is wrong, not imprecise', () => {
  it('conflicts "several days of fighting" with the reports\' "less than 24 hours" (Italian, English)', () => {
    expect(figures("Dopo diversi giorni di combattimenti, il governo della Repubblica dell'Artsakh (Nagorno-Karabakh) annunciò la capitolazione.", '2023-10-15')).toEqual([['diversi giorni', 'duration', 'conflicting']]);
    expect(figures('After several days of fighting, the separatists of Nagorno-Karabakh laid down their arms.', '2023-10-15')).toEqual([['several days', 'duration', 'conflicting']]);
  });

  it('keeps a vague span consistent where its sentence names another occasion too (Italian)', () => {
    expect(figures("L'esodo dal Nagorno-Karabakh è iniziato da alcuni giorni a seguito dell'offensiva militare azera della scorsa settimana.", '2023-09-27')).toEqual([
      ['alcuni giorni', 'duration', 'consistent'],
      // f25a: the offensive's week, counted from the page's (lexicon relativeWeeks), is a date of its own.
      ['scorsa settimana', 'date:start', 'corroborated'],
    ]);
  });

  it('keeps a vague span inside the bound consistent (English)', () => {
    expect(figures("Azerbaijan's offensive on Nagorno-Karabakh lasted a few hours.", '2023-10-02')).toEqual([['a few hours', 'duration', 'consistent']]);
  });
});

describe('a verb of living in an aside set off by commas is another noun\'s (review 18, H4 kept)', () => {
  it('reads the count before such an aside as those who fled (French, English)', () => {
    expect(figures("A partir du 25 septembre, 100 000 habitants du Haut-Karabakh, une enclave qui était essentiellement peuplée d'Arméniens, ont fui vers l'Arménie.", '2024-02-18')).toEqual([['100 000', 'left', 'corroborated']]);
    expect(figures('From 25 September, 100,000 inhabitants of Nagorno-Karabakh, a region that was mostly populated by Armenians, fled to Armenia.', '2024-02-18')).toEqual([['100,000', 'left', 'corroborated']]);
  });

  it('keeps a count that a verb of living governs a population (English)', () => {
    expect(figures('About 100,000 Armenians lived in Nagorno-Karabakh before most of them fled.', '2024-02-18')).toEqual([['About 100,000', 'population', 'conflicting']]);
  });
});

describe('a count an arrest verb stands nearest to, as large as half the exodus, is the count of who left (COUNTS_OF_LEAVERS)', () => {
  it('reads it against the reports\' counts of who left (French, English)', () => {
    expect(figures("Plusieurs dirigeants sécessionnistes avaient été arrêtés, alors que l'ensemble de la population arménienne du Haut-Karabakh, plus de 100.000 personnes, s'est réfugiée en Arménie.", '2026-02-05')).toEqual([['plus de 100.000', 'left', 'corroborated']]);
    expect(figures('Several separatist leaders were arrested, while the entire Armenian population of Nagorno-Karabakh, more than 100,000 people, fled to Armenia.', '2026-02-05')).toContainEqual(['more than 100,000', 'left', 'corroborated']);
  });

  it('never turns such a re-reading into a conflict (English)', () => {
    expect(figures('Azerbaijan has detained 50,000 people in Nagorno-Karabakh.', '2023-10-01')).toEqual([['50,000', 'detained', 'unverified']]);
  });
});

describe('phase 2 (held-out-7 read): a period of years and a rounded final count', () => {
  it('finds a decade the war was fought in only compatible with the start the arithmetic gives (German, English)', () => {
    expect(figures('Zuvor gab es in Berg-Karabach den Krieg Anfang der 1990er Jahre.', '2023-11-16')).toEqual([['Anfang der 1990er Jahre', 'date:start', 'consistent']]);
    expect(figures('The first Nagorno-Karabakh war began in 1975.', '2023-10-02')).toEqual([['1975', 'date:start', 'conflicting']]);
  });

  it('reads "nearly 100,000" long after the exodus as the reports\' last count rounded (English, French)', () => {
    // The possessive's year ("Azerbaijan's 2023 … takeover") is read as the offensive's date since f24a.
    expect(figures("Azerbaijan's 2023 military takeover of Nagorno-Karabakh led to the exodus of nearly 100,000 ethnic Armenians.", '2025-01-17')).toEqual([['2023', 'date:start', 'corroborated'], ['nearly 100,000', 'left', 'consistent']]);
    expect(figures("L'offensive de l'Azerbaïdjan en 2023 a provoqué l'exode de près de 100 000 Arméniens du Haut-Karabakh.", '2025-01-17')).toContainEqual(['près de 100 000', 'left', 'consistent']);
  });
});
