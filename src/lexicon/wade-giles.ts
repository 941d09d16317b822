// Wade–Giles romanisation of Mandarin, for reading older and Taiwanese spellings of Chinese names
// (Mao Tse-tung, Chiang Ching-kuo) in Pinyin, which most lists now use.
// Source: written for Dossier from the published correspondence between the two systems; not copied from any file.
// Apostrophes marking aspiration are mostly dropped in practice, so k, p, t, ch, ts are read unaspirated.

/** Wade–Giles initials (longest first) → Pinyin; "ch" is j before i and zh elsewhere (see wadeGilesToPinyin). */
export const WG_INITIALS: ReadonlyArray<readonly [string, string]> = [
  ["hs", "x"], ["ts", "z"], ["tz", "z"], ["ss", "s"], ["sz", "s"], ["ch", "zh"], ["sh", "sh"],
  ["j", "r"], ["k", "g"], ["p", "b"], ["t", "d"], ["m", "m"], ["f", "f"], ["n", "n"], ["l", "l"], ["h", "h"],
  ["s", "s"], ["w", "w"], ["y", "y"],
];

/** Wade–Giles finals → Pinyin. */
export const WG_FINALS: Readonly<Record<string, string>> = {
  a: "a", ai: "ai", an: "an", ang: "ang", ao: "ao", e: "e", eh: "e", ei: "ei", en: "en", eng: "eng", i: "i", ia: "ia",
  iang: "iang", iao: "iao", ieh: "ie", ien: "ian", ih: "i", in: "in", ing: "ing", iu: "iu", iung: "iong", o: "o",
  ou: "ou", u: "u", ua: "ua", uai: "uai", uan: "uan", uang: "uang", ueh: "ue", ui: "ui", uei: "ui", un: "un",
  ung: "ong", uo: "uo",
};

/** Whole syllables whose reading the rules above get wrong. */
export const WG_SYLLABLES: Readonly<Record<string, string>> = {
  erh: "er", ssu: "si", szu: "si", tzu: "zi", tsu: "zi", chih: "zhi", shih: "shi", jih: "ri", ko: "ge", ho: "he", kuo: "guo",
};

/** Spellings Pinyin never uses: a name holding one is Wade–Giles. */
export const WG_MARKERS: readonly RegExp[] = [/^(hs|ts|tz|ss|sz)/, /(ih|ieh|ien|ung|eh)$/, /^erh$/, /^chi./];
