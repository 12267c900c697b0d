import { describe, expect, it } from 'vitest';
import { parseIsoDate } from '../../lib/calendar';
import { extractClaims } from '../../lib/claims';
import { timeExtraction } from '../../scripts/bench/extraction';
import { ROOT } from './run';

describe('the bench’s extraction step', () => {
  it('times the bundled engine in a fresh process, and the bundle reads what the sources read', async () => {
    const texts = [
      'More than 100,000 people have fled Nagorno-Karabakh since Azerbaijan’s offensive, Armenian officials said on Saturday. At least 200 people were killed in the fighting.',
      'The city council approved a budget of 2,000 euros for the new library on Tuesday.',
    ];
    const day = parseIsoDate('2023-09-30')!;
    const run = await timeExtraction(ROOT, texts, 2);
    expect(run.ms).toHaveLength(2);
    for (const ms of run.ms) expect(ms).toBeGreaterThan(0);
    expect(run.claims).toEqual(texts.map((t) => extractClaims(t, { pageDay: day }).length));
    expect(run.claims[0]).toBeGreaterThanOrEqual(2);
    expect(run.claims[1]).toBe(0);
  }, 60_000);
});
