// "ont abandonné leur logement" is French for leaving home: a share of the inhabitants that did so is a
// share who left, read from its own verb before the semicolon, not from the refugees of the next clause.
import { describe, expect, it } from 'vitest';
import { parseIsoDate } from '../../lib/calendar';
import { checkText } from '../../lib/check';
import { seedIndex } from './helpers/seed-statements';

const shares = (text: string) =>
  checkText(text, seedIndex, { pageDay: parseIsoDate('2023-09-30')! })
    .filter((c) => c.kind === 'figure' && c.measure.startsWith('share_'))
    .map((c) => [c.text, c.measure, c.verdict]);

describe('leaving home, in French', () => {
  it('is the verb of a share who left, before a semicolon', () => {
    expect(shares("Au Haut-Karabakh, en quelques jours, plus de 80% des habitants ont abandonné leur logement, craignant des représailles; beaucoup ont brûlé leurs affaires avant de partir.")).toEqual([['plus de 80%', 'share_left', 'corroborated']]);
  });

  it('near-miss: a share with no verb of leaving in its clause, the refugees after a semicolon', () => {
    expect(shares("Au Haut-Karabakh, plus de 80% des habitants vivaient à Stepanakert; beaucoup ont rejoint la file des réfugiés.")).toEqual([]);
  });
});
