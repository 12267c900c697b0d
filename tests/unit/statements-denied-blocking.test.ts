// "Azerbaijan denied blocking the Lachin corridor": the gerund of blocking is the act a denial takes, as "blocked"
// is the act a statement states. The reports give the blockade as Azerbaijan's, so the denial conflicts with them.
// Texts written for this project.
import { describe, expect, it } from 'vitest';
import { statementsOn } from './helpers/seed-statements';

const statements = statementsOn('2023-09-25');

describe('a denial of blocking the corridor', () => {
  it('is read with the gerund, and conflicts with the reports', () => {
    expect(statements('Azerbaijan denied blocking the Lachin corridor.')).toEqual([['azerbaijan', 'block', 'corridor', 'conflicting']]);
  });

  it('near-miss: blocking a road elsewhere is not the corridor', () => {
    expect(statements('Azerbaijan denied blocking a road to the Caspian port.')).toEqual([]);
  });
});
