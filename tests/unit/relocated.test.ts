// "residents … have relocated to Armenia": a verb of moving with Armenia as its destination says the count left
// Nagorno-Karabakh; the word for residents says only who they were (issue 11, item 3).
import { describe, expect, it } from 'vitest';
import { parseIsoDate } from '../../lib/calendar';
import { extractClaims } from '../../lib/claims';

const DAY = parseIsoDate('2023-09-28')!;
const measures = (text: string) => extractClaims(text, { pageDay: DAY }).map((c) => c.measure);

describe('verbs of moving to Armenia', () => {
  it.each([
    'More than 78 thousand residents of Nagorno-Karabakh have relocated to Armenia.',
    'Más de 78.000 habitantes de Nagorno Karabaj se han trasladado a Armenia.',
    'Oltre 78.000 abitanti del Nagorno-Karabakh si sono trasferiti in Armenia.',
    'Plus de 78 000 habitants du Haut-Karabakh se sont installés en Arménie.',
    'Ruim 78.000 inwoners van Nagorno-Karabach zijn naar Armenië verhuisd.',
    'Ponad 78 tys. mieszkańców Górskiego Karabachu przeniosło się do Armenii.',
    'Přes 78 tisíc obyvatel Náhorního Karabachu se přestěhovalo do Arménie.',
    "Dağlık Karabağ'ın 78 binden fazla sakini Ermenistan'a taşındı.",
  ])('count people who left: %s', (text) => {
    expect(measures(text)).toEqual(['left']);
  });

  it('leave a move elsewhere alone', () => {
    // Without Armenia as the destination the verb says nothing of the exodus: the region's population stays as read.
    expect(measures('Nagorno-Karabakh had about 120,000 residents before many of them relocated.')).toEqual(['population']);
  });
});
