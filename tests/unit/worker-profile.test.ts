import { describe, expect, it } from 'vitest';
import { inclusiveTimes } from '../../scripts/bench/worker-profile';

// A profile of three frames: (root) → judge → readSentence → readSentence (recursion), and idle beside.
const profile = {
  nodes: [
    { id: 1, callFrame: { functionName: '(root)' }, children: [2, 5] },
    { id: 2, callFrame: { functionName: 'judge' }, children: [3] },
    { id: 3, callFrame: { functionName: 'readSentence' }, children: [4] },
    { id: 4, callFrame: { functionName: 'readSentence' } },
    { id: 5, callFrame: { functionName: '(idle)' } },
  ],
  samples: [2, 3, 4, 5, 5],
  timeDeltas: [1000, 2000, 3000, 4000, 5000],
};

describe('the worker profile summary', () => {
  it('counts a sample once for each named function on its stack, recursion included once, and idle as not busy', () => {
    const { busy, inside } = inclusiveTimes(profile, ['judge', 'readSentence']);
    expect(busy).toBe(6);
    expect(inside).toEqual({ judge: 6, readSentence: 5 });
  });
});
