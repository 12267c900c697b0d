// German reporting of the offensive: "brachte … unter seine Kontrolle" (took control, its verb first and
// the noun closing the clause) dates the takeover, and "Militäroperation" is a word of the war, so the
// operation's length ("nach einer zweitägigen Militäroperation") is read as English's "two-day military
// operation" is.
import { describe, expect, it } from 'vitest';
import { parseIsoDate } from '../../lib/calendar';
import { checkText } from '../../lib/check';
import { seedIndex } from './helpers/seed-statements';

const figures = (text: string) =>
  checkText(text, seedIndex, { pageDay: parseIsoDate('2024-09-19')! })
    .filter((c) => c.kind === 'figure')
    .map((c) => [c.text, c.measure]);

describe('German words of the takeover and the operation', () => {
  it('dates the takeover and reads the operation’s length', () => {
    expect(figures('Im September 2023 brachte Baku Bergkarabach nach einer zweitägigen Militäroperation ganz unter seine Kontrolle.')).toEqual([
      ['September 2023', 'date:start'],
      ['zweitägigen', 'duration'],
    ]);
  });

  it('near-miss: bringing people under a roof is housing, no date of the takeover', () => {
    expect(figures('Im Oktober 2023 brachte die Regierung die Flüchtlinge aus Bergkarabach in Hotels unter.').filter(([, m]) => String(m).startsWith('date:'))).toEqual([]);
  });
});
