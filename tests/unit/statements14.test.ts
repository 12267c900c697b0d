// Round 14: Armenian and Azerbaijani statement lexicons, and what writing them showed in Turkish.
import { describe, expect, it } from 'vitest';
import { readFrames, lexiconFor } from '../../lib/statements/reader';

const frames = (text: string) => readFrames(text, [{ start: 0, end: text.length }]);

describe('Armenian and Azerbaijani are told apart from their neighbours', () => {
  it('a short Azerbaijani sentence reads as Azerbaijani, not Turkish (ə besides the letters they share)', () => {
    expect(lexiconFor('Separatçı rejim silahları təhvil verməyə razılaşıb.').lang).toBe('az');
    expect(lexiconFor('Ayrılıkçı yönetim silahları teslim etmeyi kabul etti.').lang).toBe('tr');
  });
  it('Armenian script reads with the Armenian lexicon', () => {
    expect(lexiconFor('Ադրբեջանը հերքել է մեղադրանքները։').lang).toBe('hy');
  });
});

describe('an agent before its postposition is the doer (Armenian, Azerbaijani, Turkish)', () => {
  it.each([
    ['hy', 'Շարասյուներն ուղեկցվել են ռուս խաղաղապահների կողմից։'],
    ['az', 'Karvanlar rus sülhməramlıları tərəfindən müşayiət edilib.'],
    ['tr', 'Konvoylara Rus barış güçleri tarafından eşlik edildi.'],
  ])('%s', (_, text) => {
    const f = frames(text).find((x) => x.action === 'escort');
    expect(f?.actor).toBe('russia');
  });
});

describe('a verb with etmək / etmek voices its t before a vowel', () => {
  it('"rədd edib", "rədd edir", "reddediyor" deny; the noun of accusing accuses no one', () => {
    for (const text of ['Bakı etnik təmizləmə ittihamlarını rədd edib.', 'Azərbaycan etnik təmizləmə ittihamlarını rədd edir.', 'Azerbaycan etnik temizlik suçlamalarını reddediyor.']) {
      const acts = frames(text).map((f) => f.action);
      expect(acts, text).toContain('deny');
      expect(acts, text).not.toContain('accuse');
    }
  });
});

describe('"forcibly displaced" names the people in Armenian; the noun states the act', () => {
  it('the participle gives no statement, the noun does', () => {
    expect(frames('Բռնի տեղահանված ընտանիքները ապաստան են ստացել։').filter((f) => f.concepts.includes('expulsion'))).toEqual([]);
    expect(frames('Հարձակումից հետո սկսվեց հայերի բռնի տեղահանումը։').some((f) => f.concepts.includes('expulsion'))).toBe(true);
  });
});

describe('a name in the genitive (Azerbaijani, no apostrophe) is no subject, unless a body or role it owns follows', () => {
  it('"Azərbaycanın Qarabağ bölgəsindəki qondarma qurum …" is the entity acting; "Azərbaycanın Xarici İşlər Nazirliyi …" is Azerbaijan', () => {
    expect(frames('Azərbaycanın Qarabağ bölgəsindəki qondarma qurum özünü buraxıb.').find((f) => f.action === 'dissolve')?.actor).toBe('separatists');
    expect(frames('Azərbaycanın Xarici İşlər Nazirliyi etnik təmizləmə ittihamlarını rədd edib.').find((f) => f.action === 'deny')?.actor).toBe('azerbaijan');
    expect(frames('Azərbaycanın prezidenti etnik təmizləmə ittihamlarını rədd edib.').find((f) => f.action === 'deny')?.actor).toBe('azerbaijan');
  });
  it('"Putin" is a nominative, not a genitive', () => {
    expect(frames('Putin etnik təmizləmə ittihamlarını rədd edib.').find((f) => f.action === 'deny')?.actor).toBe('russia');
  });
});
