// German reporting of the offensive: "Militäroperation" is a word of the war, so the operation's length
// ("nach einer zweitägigen Militäroperation") is read as English's "two-day military operation" is.
import { describe, expect, it } from 'vitest';
import { parseIsoDate } from '../../lib/calendar';
import { checkText } from '../../lib/check';
import { seedIndex } from './helpers/seed-statements';

const figures = (text: string) =>
  checkText(text, seedIndex, { pageDay: parseIsoDate('2024-09-19')! })
    .filter((c) => c.kind === 'figure')
    .map((c) => [c.text, c.measure]);

describe('German words of the operation', () => {
  it('reads the operation’s length', () => {
    expect(figures('Im September 2023 brachte Baku Bergkarabach nach einer zweitägigen Militäroperation ganz unter seine Kontrolle.')).toContainEqual(['zweitägigen', 'duration']);
  });

  it('near-miss: a fire brought under control is no takeover', () => {
    expect(figures('Am 26. September brachte die Feuerwehr den Brand im Treibstofflager bei Stepanakert unter Kontrolle.').filter(([, m]) => String(m).startsWith('date:take'))).toEqual([]);
  });
});

// Met in held-out-15 (de-f01): "Die Opferzahl ist auf mindestens 68 gestiegen", after "mehr Leben gekostet", read the
// toll as the region's population (the noun "Leben" taken for the verb "leben").
describe('German words of the toll', () => {
  const onDay = (text: string) =>
    checkText(text, seedIndex, { pageDay: parseIsoDate('2023-09-26')! })
      .filter((c) => c.kind === 'figure')
      .map((c) => [c.text, c.measure, c.event]);

  it('reads "Opferzahl" as the dead, of the blast its sentence names', () => {
    expect(onDay('Die Explosion eines Treibstoffdepots in Bergkarabach hat mehr Leben gekostet als gemeldet: Die Opferzahl ist auf mindestens 68 gestiegen.')).toEqual([['mindestens 68', 'killed', 'fuel-depot']]);
  });

  it('near-miss: people who live in the region are still its population', () => {
    expect(onDay('In Bergkarabach leben rund 120.000 Armenier.').map(([, m]) => m)).toContain('population');
  });
});
