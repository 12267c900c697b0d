// Phrasings of real reporting met in a read set (held-out-12) and the mechanisms they exercise: a verb of
// reaching Armenia, those still left, a share that left its home in the singular, a visit that is the first
// in decades, a week or a weekday named by its distance from the page's day, a decree dated by its weekday,
// and the army named as where the dead served. Sentences written for this test.
import { describe, expect, it } from 'vitest';
import { parseIsoDate } from '../../lib/calendar';
import { checkText } from '../../lib/check';
import { seedIndex } from './helpers/seed-statements';

const figures = (text: string, day: string) =>
  checkText(text, seedIndex, { pageDay: parseIsoDate(day)! })
    .filter((c) => c.kind === 'figure')
    .map((c) => [c.text, c.measure]);

describe('those who reached Armenia', () => {
  it('reached it in French ("ont gagné l’Arménie", "avaient rejoint")', () => {
    expect(figures("Selon Erevan, plus de 1 000 personnes ont gagné l'Arménie depuis le Haut-Karabakh.", '2023-09-24')).toEqual([['plus de 1 000', 'left']]);
    expect(figures('Selon Erevan, 2906 personnes avaient rejoint le poste-frontière de Kornidzor depuis le Haut-Karabakh.', '2023-09-25')).toEqual([['2906', 'left']]);
  });

  it('near-miss: a team that won a match reached nothing', () => {
    expect(figures("L'équipe d'Arménie a gagné le match contre le Haut-Karabakh, plus de 1 000 personnes ont assisté.", '2023-09-26')).toEqual([]);
  });
});

describe('a share that left its home', () => {
  it('left it in the singular of a share ("más del 83% de ellos dejó su hogar")', () => {
    expect(figures('En Nagorno Karabaj vivían unos 120.000 armenios, y más del 83% de ellos dejó su hogar.', '2023-09-30')).toEqual([
      ['unos 120.000', 'population'],
      ['83%', 'share_left'],
    ]);
  });
});

describe('those still left', () => {
  it('are a range still left in the region', () => {
    expect(figures('Between 50 and 1,000 ethnic Armenians are still left in Nagorno-Karabakh, the UN said.', '2023-10-03')).toEqual([['Between 50 and 1,000', 'remaining']]);
  });
});

describe('the first visit in decades', () => {
  it('is read from an ordinal in any case ("первого за 30 лет", "der erste Besuch seit 30 Jahren")', () => {
    expect(figures('Так говорится в докладе ООН по итогам визита её миссии в Нагорный Карабах, первого за 30 лет.', '2023-10-02')).toEqual([['30 лет', 'since_access']]);
    expect(figures('Die UN-Mission in Berg-Karabach ist der erste Besuch seit 30 Jahren.', '2023-10-02')).toEqual([['30 Jahren', 'since_access']]);
  });

  it('near-miss: the first snowfall in 30 years is no visit', () => {
    expect(figures('В Ереване прошёл первый за 30 лет снегопад.', '2023-09-26')).toEqual([]);
  });
});

describe('a week or a weekday named from the page’s day', () => {
  it('"in der Vorwoche" is the week before the page’s', () => {
    expect(figures('Die Region Berg-Karabach, die Aserbaidschan in der Vorwoche angegriffen und besiegt hatte.', '2023-09-26')).toEqual([['in der Vorwoche', 'date:start']]);
  });

  it('"hier dimanche" is yesterday, a Sunday', () => {
    expect(figures('Hier dimanche, les premiers réfugiés du Haut-Karabakh sont arrivés en Arménie.', '2023-09-25')).toEqual([['Hier dimanche', 'date:exodus']]);
  });

  it('a weekday beside a decree of dissolving is the day it was decreed, not the day the republic ends', () => {
    const text = 'As autoridades da república que os armênios chamam de Artsakh decretaram na quinta-feira que ela se dissolverá a partir de 1º de janeiro.';
    expect(figures(text, '2023-09-29')).toEqual([
      ['na quinta-feira', 'date:decree'],
      ['1º de janeiro', 'date:dissolution'],
    ]);
  });

  it('near-miss: weeks and weekdays of other stories date nothing', () => {
    expect(figures('In der Vorwoche hatte der Bundestag über die Rente abgestimmt.', '2023-09-26')).toEqual([]);
    expect(figures("Hier dimanche, le président a parlé de l'Arménie.", '2023-09-25')).toEqual([]);
    expect(figures('Le président a signé jeudi un décret sur les retraites.', '2023-09-29')).toEqual([]);
  });
});

describe('the dead counted from the army', () => {
  it('are soldiers: Azerbaijan’s count of them is no count of the offensive’s dead', () => {
    const text = 'Как утверждает азербайджанская сторона, за время операции в Нагорном Карабахе 192 человека из армии и полиции погибли.';
    expect(figures(text, '2023-09-27')).toEqual([['192', 'killed:soldiers']]);
  });
});

describe('the few who stay', () => {
  it('stay in the singular of "il ne restait … que" and the present "ficam"', () => {
    expect(figures("Artak Beglarian a indiqué qu'il ne restait au Haut-Karabakh que quelques centaines de personnes au plus.", '2023-09-30')).toEqual([['quelques centaines', 'remaining']]);
    expect(figures('Artak Beglarian escreveu que ficam apenas, quando muito, algumas centenas de pessoas em Nagorno-Karabakh.', '2023-09-30')).toEqual([['algumas centenas', 'remaining']]);
  });

  it('near-miss: days left or spent somewhere are no people who stayed', () => {
    expect(figures('Em Goris, os refugiados de Nagorno-Karabakh ficam três dias num hotel antes de seguir para Erevan.', '2023-09-30')).toEqual([]);
    expect(figures("Il restait trois jours avant l'ouverture du corridor de Latchine vers le Haut-Karabakh.", '2023-09-30')).toEqual([]);
  });
});

describe('the day the republic ends', () => {
  it('is the day its state institutions stop their work', () => {
    const text = 'Die Region Bergkarabach hat angekündigt, sich aufzulösen. Übereinstimmenden Berichten zufolge sollen zum 1. Januar 2024 alle staatlichen Institutionen und Organisationen ihre Arbeit einstellen.';
    expect(figures(text, '2023-09-28')).toEqual([['1. Januar 2024', 'date:dissolution']]);
  });

  it('near-miss: aid workers who stop their work end no republic', () => {
    expect(figures('Die Mitarbeiter des Roten Kreuzes in Bergkarabach mussten am 1. Oktober ihre Arbeit einstellen.', '2023-10-01')).toEqual([]);
  });
});

describe('a takeover dated by the week', () => {
  it('is the offensive’s, whoever of Azerbaijan’s side took it ("die aserbaidschanischen Streitkräfte", "took it over")', () => {
    expect(figures('Die Flüchtenden fürchten Übergriffe der aserbaidschanischen Streitkräfte, die Berg-Karabach in der vergangenen Woche unter ihre Kontrolle gebracht hatten.', '2023-09-30')).toEqual([['in der vergangenen Woche', 'date:start']]);
    expect(figures('So far 47,115 ethnic Armenians have fled Nagorno-Karabakh since Azerbaijan took it over last week.', '2023-09-27')).toEqual([
      ['47,115', 'left'],
      ['last week', 'date:start'],
    ]);
  });

  it('near-miss: a leader who took over before the offensive dates no takeover', () => {
    expect(figures('Samvel Shahramanyan took over as president of Nagorno-Karabakh on 10 September, as Azerbaijan kept the road closed.', '2023-09-12')).toEqual([]);
  });
});

describe('the republic’s bodies abolished', () => {
  it('are abolished on the dissolution’s day ("sejam extintos em 1º de janeiro de 2024")', () => {
    const text = 'Nagorno-Karabakh decreta fim da república\n\nPor decreto, Samvel Shajramanyan, que governa o enclave, determinou que todos os órgãos e entidades de governo sejam extintos em 1º de janeiro de 2024.';
    expect(figures(text, '2023-09-28')).toEqual([['1º de janeiro de 2024', 'date:dissolution']]);
  });
});
