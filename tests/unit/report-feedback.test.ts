import { describe, expect, it } from 'vitest';
import { formatMarkdown } from '../../lib/report';

describe('feedback in the Markdown export', () => {
  it('escapes every field a report holds, verdict and time included, and keeps each report on one line', () => {
    // Feedback stored before fields were checked (or edited by hand) can hold anything.
    const md = formatMarkdown({ id: 'p', text: '', claims: [] }, [
      { claim: '100,000', verdict: '[click](javascript:alert(1))', at: '<img src=x onerror=alert(1)>\n# Injected heading', comment: 'fine' },
    ]);
    const line = md.split('\n').find((l) => l.startsWith('- “100,000”'))!;
    expect(line).toContain('\\[click\\]\\(javascript:alert\\(1\\)\\)');
    expect(line).toContain('\\<img src=x onerror=alert\\(1\\)\\>');
    expect(md).not.toMatch(/^# Injected heading/m);
    expect(line).not.toMatch(/(?<!\\)\[click\]/);
  });
});
