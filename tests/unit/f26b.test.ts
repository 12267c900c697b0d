// Round 26 (f26b): figures on German, Spanish, French, Italian, Polish, Portuguese and Russian pages, classes across four
// tuning sets. A verb of taking control dates the offensive in any of its forms, not only the finite past: the
// infinitive after a modal or "managed to", the subjunctive after "before" or "after", the participle ("tomar el
// control", "riprendesse il controllo", "reprenne le contrôle", "przejąć kontrolę"). Texts written for this project.
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../lib/claims';

const day = (iso: string) => Math.floor(Date.parse(`${iso}T00:00:00Z`) / 86_400_000);
const claims = (text: string, iso = '2023-10-12') => extractClaims(text, { pageDay: day(iso) }).map((c) => [c.text, c.measure]);

describe('a verb of taking control in any form dates the offensive (lexicon `dateCues.takeover`)', () => {
  it('reads the infinitive and the subjunctive (Spanish, Portuguese, Italian, French)', () => {
    expect(claims('Los armenios huyeron de Nagorno Karabaj después de que Azerbaiyán lograra tomar el control de la región en septiembre de 2023.')).toEqual([['septiembre de 2023', 'date:start']]);
    expect(claims('Antes de o Azerbaijão tomar militarmente Nagorno-Karabakh em setembro de 2023, a região era governada por separatistas.')).toEqual([['setembro de 2023', 'date:start']]);
    expect(claims('Prima che l’Azerbaigian riprendesse il controllo del Nagorno-Karabakh nel settembre 2023, la regione era retta dai separatisti.')).toEqual([['settembre 2023', 'date:start']]);
    expect(claims('Le monde a peu réagi lorsque l’Azerbaïdjan a voulu reprendre le contrôle du Haut-Karabakh, en septembre 2023.')).toEqual([['septembre 2023', 'date:start']]);
  });

  it('reads the infinitive after a modal (German, Russian, Polish) and a bare year with the country named', () => {
    expect(claims('Aserbaidschan konnte im September 2023 die Kontrolle über Bergkarabach übernehmen.')).toEqual([['September 2023', 'date:start']]);
    expect(claims('Азербайджан сумел вернуть себе контроль над Нагорным Карабахом в сентябре 2023 года.')).toEqual([['сентябре 2023', 'date:start']]);
    expect(claims('We wrześniu 2023 roku Azerbejdżan postanowił przejąć pełną kontrolę nad Górskim Karabachem.')).toEqual([['wrześniu 2023', 'date:start']]);
    expect(claims('El museo de Shushi cerró sus puertas en Nagorno Karabaj después de que Azerbaiyán tomara su control en 2023.')).toEqual([['2023', 'date:start']]);
  });

  it('near-miss: another thing taken control of, a wish for a later year, another actor', () => {
    expect(claims('La policía de Ereván tomó el control de la plaza central en septiembre de 2023, durante las protestas por Nagorno Karabaj.')).toEqual([]);
    expect(claims('Il governo dell’Azerbaigian vuole prendere il controllo delle scuole del Nagorno-Karabakh nel 2025.')).toEqual([]);
    expect(claims('Die Polizei in Jerewan hat im September 2023 die Kontrolle über den Platz übernommen, als Aserbaidschan Bergkarabach angriff.')).toEqual([]);
    expect(claims('Em maio de 2023, os bombeiros de Stepanakert conseguiram tomar o controle do incêndio numa fábrica de Nagorno-Karabakh.')).toEqual([]);
  });
});
