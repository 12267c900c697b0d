import type { ActorId, Patterns } from './shape';

/**
 * The names of the people who speak and act for each party, in every Latin-script transliteration a
 * page may write them ("Shahramanyan", "Chahramanian", "Schachramanjan", "Szahramanian", "Šahramanjan";
 * "Hajiyev", "Hadschijew", "Hacıyev"): one pattern per person, read by every lexicon of the Latin script
 * as that person's party. A name is no language's vocabulary; only its spelling varies, by the rules
 * of each language's transliteration (sh/sch/ch/š/ş/sz, kh/ch/h/j/x, y/j/i, v/w), and a page in one
 * language often spells it as another does. Each ends in `*`, for case endings ("Szahramaniana",
 * "Paşinyan'ın").
 */
export const LATIN_NAMES: Partial<Record<ActorId, Patterns>> = {
  // Samvel Shahramanyan, the region's last president.
  separatists: ['(?:sc?h|ch|s|š|ş|sz)a(?:c?h|kh|j|x)ram[aá]n(?:i|y|j|ij)?[aá]n*'],
  // Ilham Aliyev; Hikmet Hajiyev, his adviser; Jeyhun Bayramov, the foreign minister; Elchin Amirbayov, his envoy;
  // and the state in its English spelling, which pages in other languages use too ("le truppe dell'Azerbaijan").
  azerbaijan: ['azerbaijan(?!i)', '[aə]m[iı]rba(?:y|j)o[vw]*', '[aə]l[iíı](?:y|j)?e[vw]*', '(?:h|ch|kh|g)a(?:dsch|dzh|dzj|dž|dż|dj|j|c|ç)[iı](?:j|y)?e[vw]*', 'ba[yj]ramo[vw]*'],
  // Nikol Pashinyan; Ararat Mirzoyan, the foreign minister.
  armenia: ['pa(?:sch|sh|ch|š|ş|sz|s)[iy]n(?:i|y|j)?[aá]n*', 'mir[zs][oó](?:y|j|i)?[aá]n*'],
};
