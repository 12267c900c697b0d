// The ninth figures round: small counts whose noun is a casualty word, singulars that change their
// ending in the plural, and the UN's first visit in decades in Portuguese, French and Czech.
import { describe, expect, it } from 'vitest';
import { parseIsoDate } from '../../lib/calendar';
import { extractClaims } from '../../lib/claims';
import { pluralMatches } from '../../lib/figures';

function claimsOf(text: string, date: string) {
  return extractClaims(text, { pageDay: parseIsoDate(date)! }).map((c) => ({ text: c.text, measure: c.measure }));
}

describe('small counts with no noun', () => {
  it('reads a count under ten when a casualty word follows it directly', () => {
    expect(claimsOf('Em Nagorno-Karabakh, os separatistas relatam 20 feridos e 6 mortos após a ofensiva.', '2023-09-20')).toContainEqual({ text: '6', measure: 'killed' });
  });

  it('leaves a count under ten alone when the casualty word stands further off', () => {
    expect(claimsOf('Em Nagorno-Karabakh, 4 aldeias ficaram vazias e muitos moradores foram mortos.', '2023-09-20').map((c) => c.text)).not.toContain('4');
  });
});

describe('singular casualty nouns', () => {
  it('finds the plural by changing the ending', () => {
    const re = /civili|civis|bambini/giu;
    expect(pluralMatches(re, 'civile')).toBe(true);
    expect(pluralMatches(re, 'civil')).toBe(true);
    expect(pluralMatches(re, 'bambino')).toBe(true);
    expect(pluralMatches(re, 'civico')).toBe(false);
  });
});

describe('the first visit in decades', () => {
  it('reads the span beside a mission and "first time" in Czech', () => {
    expect(claimsOf('Do Náhorního Karabachu dorazila mise OSN, což je poprvé po třiceti letech.', '2023-10-02')).toContainEqual({ text: 'třiceti letech', measure: 'since_access' });
  });
});
