// A weekday right before a day and month names the same day twice ("во вторник, 19 сентября", "on
// Tuesday, September 19"): the page gets one claim for it, on the date, not a second highlight on
// the weekday. A weekday alone still dates what it stands beside.
import { describe, expect, it } from 'vitest';
import { parseIsoDate } from '../../lib/calendar';
import { checkText } from '../../lib/check';
import { seedIndex } from './helpers/seed-statements';

const dates = (text: string) =>
  checkText(text, seedIndex, { pageDay: parseIsoDate('2023-09-20')! })
    .filter((c) => c.kind === 'figure' && c.measure.startsWith('date:'))
    .map((c) => [c.text, c.measure]);

describe('a weekday written beside the date it names', () => {
  it.each([
    ['Азербайджан начал наступление в Нагорном Карабахе во вторник, 19 сентября, погибли семь мирных жителей.', '19 сентября'],
    ['Azerbaijan launched its offensive in Nagorno-Karabakh on Tuesday, September 19, killing seven civilians.', 'September 19'],
    ['Aserbaidschan startete die Offensive in Bergkarabach am Dienstag, 19. September.', '19. September'],
  ])('gives one claim, on the date: %s', (text, date) => {
    expect(dates(text)).toEqual([[date, 'date:start']]);
  });

  it('alone still dates the event', () => {
    expect(dates('Azerbaijan launched its offensive in Nagorno-Karabakh on Tuesday, killing seven civilians.')).toEqual([['on Tuesday', 'date:start']]);
  });
});
