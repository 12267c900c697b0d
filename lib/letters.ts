// What a "*" in a lexicon entry stands for: the rest of a word, in letters and marks of the scripts
// the lexicons are written in (Latin with its extensions, IPA's ə and the modifier letters, the
// combining accents, Greek, Cyrillic, Armenian). Not [\p{L}\p{M}]: a Unicode property in every
// starred entry took most of a lexicon's compile time (seconds for the Russian statement lexicon,
// on the first page after the background wakes) and made each scan several times slower. A word
// that runs on into another script is not matched by a starred entry.
export const STEM_LETTER = String.raw`[a-z\u00aa\u00b5\u00ba\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u052f\u0531-\u0556\u0559\u0560-\u0588\u1e00-\u1fff]`;
