// A paragraph that named the region a few sentences before is still about it, though the sentences between name
// neither the region nor its context words. Sentences written for this test.
import { describe, expect, it } from 'vitest';
import { parseIsoDate } from '../../lib/calendar';
import { checkText } from '../../lib/check';
import { seedIndex } from './helpers/seed-statements';

const figures = (text: string, day = '2023-09-26') =>
  checkText(text, seedIndex, { pageDay: parseIsoDate(day)! })
    .filter((c) => c.kind === 'figure')
    .map((c) => [c.text, c.measure]);

describe('the topic of a paragraph', () => {
  it('carries over two sentences that name nothing of it', () => {
    const text = 'On September 19, fighting broke out in Nagorno-Karabakh. Moscow urged the sides to stop the bloodshed and spare civilians. On September 20, an agreement was reached to halt the fighting.';
    expect(figures(text)).toContainEqual(['September 20', 'date:end']);
  });

  it('near-miss: not to a date of another story in a round-up paragraph', () => {
    const text = "In world news this week: Nagorno-Karabakh's separatist government said it would dissolve. Niger's junta ordered the French ambassador out. On September 27, the Hollywood writers' strike ended after 148 days.";
    expect(figures(text, '2023-09-28')).toEqual([]);
  });

  it('does not carry further than three sentences', () => {
    const text = 'Fighting broke out in Nagorno-Karabakh. Moscow urged restraint. The UN called a meeting. France spoke first. On September 20, an agreement was reached to halt the fighting.';
    expect(figures(text)).toEqual([]);
  });

  it('does not carry into the next paragraph', () => {
    const text = 'Fighting broke out in Nagorno-Karabakh.\n\nMoscow urged restraint. The UN called a meeting. On September 20, an agreement was reached to halt the fighting.';
    expect(figures(text)).toEqual([]);
  });
});

describe('the border towns the refugees came through', () => {
  it('keep a sentence on the subject as a context word does', () => {
    const text = 'Tens of thousands of people have left Nagorno-Karabakh for Armenia.\n\nSamantha Power announced $11.5 million in humanitarian aid during a visit to the Kornidzor centre.';
    expect(figures(text)).toContainEqual(['$11.5 million', 'aid']);
  });

  it('near-miss: a page that never names the region gets nothing from them', () => {
    expect(figures('Samantha Power announced $11.5 million in humanitarian aid during a visit to the Kornidzor centre.')).toEqual([]);
  });
});

describe('the word "conflict" beside a span of hours', () => {
  it('makes no length of the decades-long conflict: 24 hours of conflict is the offensive’s', () => {
    const claims = checkText('A truce on 20 September ended 24 hours of conflict in Nagorno-Karabakh.', seedIndex, { pageDay: parseIsoDate('2023-09-27')! }).filter((c) => c.kind === 'figure' && c.measure === 'duration');
    expect(claims.map((c) => [c.text, c.event, c.verdict])).toEqual([['24 hours', 'exodus-2023', 'corroborated']]);
  });

  it('near-miss: three decades of conflict are the conflict’s', () => {
    const claims = checkText('The conflict over Nagorno-Karabakh has lasted more than three decades.', seedIndex, { pageDay: parseIsoDate('2023-09-27')! }).filter((c) => c.kind === 'figure');
    expect(claims.map((c) => [c.text, c.event])).toEqual([['more than three decades', 'conflict']]);
  });
});
