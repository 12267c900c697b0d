// "three years ago" scopes the figures of its clause as "in 2020" would (issue 11, item 4: time decides the event).
import { describe, expect, it } from 'vitest';
import { parseIsoDate } from '../../lib/calendar';
import { extractClaims } from '../../lib/claims';

const events = (text: string, day = '2023-09-27') => extractClaims(text, { pageDay: parseIsoDate(day)! }).map((c) => [c.text, c.event]);

describe('a year named by its distance from the page', () => {
  it('moves the figures of its clause to the war of that year', () => {
    expect(events('In a six-week offensive three years ago, Azerbaijan regained much of the land around Nagorno-Karabakh.')).toContainEqual(['six-week', 'war-2020']);
    expect(events('Nagorno-Karabakh: three years ago the region had 145,000 residents.')).toEqual([['145,000', 'war-2020']]);
  });

  it('resolves against the page day, and leaves the 2023 events alone', () => {
    // On a page of 2026 three years ago is 2023: the offensive of that autumn.
    expect(events('In a one-day offensive three years ago, Azerbaijan took all of Nagorno-Karabakh.', '2026-10-01')).toContainEqual(['one-day', 'exodus-2023']);
    // A week ago is no year of another war.
    expect(events('The offensive in Nagorno-Karabakh, launched a week ago, has forced 100,000 people to flee.', '2023-09-30')).toEqual([['100,000', 'exodus-2023']]);
  });

  it('does not reach past its clause', () => {
    expect(events('Three years ago Azerbaijan won a war. In Nagorno-Karabakh, more than 100,000 people have now fled.', '2023-09-30')).toContainEqual(['more than 100,000', 'exodus-2023']);
  });
});

const measures = (text: string, day = '2023-10-15') => extractClaims(text, { pageDay: parseIsoDate(day)! }).map((c) => [c.text, c.measure]);

describe('a span ago between the dates it places and the first war (fresh12 kz10)', () => {
  it('reads no time elapsed from a span that reaches back only to the years after 1994', () => {
    expect(measures('In Khankendi the president said every pledge he made when first elected twenty years ago had been kept.')).toEqual([]);
    expect(measures('The mayor of Stepanakert, in office since he was elected 15 years ago, left with the others.')).toEqual([]);
    // The edge: a quarter century is the shortest span read as the conflict's.
    expect(measures('Nagorno-Karabakh broke away from Azerbaijan 24 years ago.')).toEqual([]);
    expect(measures('Nagorno-Karabakh broke away from Azerbaijan 25 years ago.')).toEqual([['25 years ago', 'elapsed']]);
  });

  it('still reads the conflict\'s three decades, and a vague "decades ago"', () => {
    expect(measures('Nagorno-Karabakh broke away from Baku three decades ago.')).toEqual([['three decades ago', 'elapsed']]);
    expect(measures('Nagorno-Karabakh broke away from Azerbaijan some 30 years ago.')).toEqual([['some 30 years ago', 'elapsed']]);
  });
});

describe('the journey out is hours or days long', () => {
  it('reads no journey from a wait of years or months', () => {
    expect(measures('Speaking in Khankendi, he said the nation had waited more than thirty years for this day.')).toEqual([]);
    expect(measures('The families from Nagorno-Karabakh waited six months for the road to reopen.')).toEqual([]);
    expect(measures('Waiting more than a month in the queue at the Hakari bridge, the refugees from Nagorno-Karabakh slept in cars.')).toEqual([]);
  });

  it('still reads a wait of hours and a journey of days', () => {
    expect(measures('Refugees from Nagorno-Karabakh waited 30 hours at the checkpoint.')).toEqual([['30 hours', 'journey_time']]);
    expect(measures('It took three days to reach Goris from Stepanakert.')).toEqual([['three days', 'journey_time']]);
  });
});

describe('a span of decades ago counts back to the conflict, never from the exodus (9p es-v52)', () => {
  it('gives the conflict as the event of a span ago that names no event', () => {
    const read = (text: string) => extractClaims(text, { pageDay: parseIsoDate('2023-09-29')! }).map((c) => [c.text, c.measure, c.event]);
    expect(read('Con ello, la república de Nagorno Karabaj, creada hace más de tres décadas, cesa su existencia.')).toEqual([['más de tres décadas', 'elapsed', 'conflict']]);
    expect(read('The republic of Nagorno-Karabakh, proclaimed more than 30 years ago, will cease to exist.')).toEqual([['more than 30 years ago', 'elapsed', 'conflict']]);
  });
});
