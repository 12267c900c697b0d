// Which statement lexicon reads a short text: a language's own letters count as its common words.
import { describe, expect, it } from 'vitest';
import { lexiconFor } from '../../lib/statements/reader';

describe('the language of a short text', () => {
  it('tells Portuguese from Spanish when the only common word is one they share ("que")', () => {
    expect(lexiconFor('Baku exigiu que as forças separatistas depusessem as armas.').lang).toBe('pt');
    expect(lexiconFor('Bakú exigió que las fuerzas separatistas depusieran las armas.').lang).toBe('es');
  });

  it('tells Czech from Polish by the letters only Czech writes', () => {
    expect(lexiconFor('Arméni z Náhorního Karabachu utíkají ze strachu z etnických čistek.').lang).toBe('cs');
    expect(lexiconFor('Ormianie z Górskiego Karabachu uciekają ze strachu przed czystkami.').lang).toBe('pl');
  });
});
