// Phonetic keys for blocking and for crediting spellings that sound alike (Poutine / Putin, Wladimir / Vladimir).

const DIGRAPHS: ReadonlyArray<readonly [RegExp, string]> = [
  // German tsch, Dutch tsj, Catalan tx and the rest all write one "ch" sound; Hungarian gy is a d.
  [/tsch|tsj|sch|tch|sh|ch|zh|cz|sz|tx/g, "x"], [/gy/g, "d"], [/ph/g, "f"], [/kh|gh/g, "k"], [/th/g, "t"], [/dh/g, "d"], [/dzh|dj|dz/g, "j"],
  [/ck|cq/g, "k"], [/c(?=[eiy])/g, "s"], [/x/g, "ks"], [/ts/g, "s"],
];

/** Consonant key: vowels dropped (except a leading one, kept as "a"), sound-alike letters merged. */
export function phoneticKey(token: string): string {
  if (token.length === 0) return "";
  let s = token;
  for (const [re, rep] of DIGRAPHS) s = s.replace(re, rep);
  let out = /^[aeiouy]/.test(s) ? "a" : "";
  let last = "";
  for (let i = 0; i < s.length; i++) {
    let ch = s[i] ?? "";
    switch (ch) {
      case "a": case "e": case "i": case "o": case "u": case "y": case "h": case "'":
        // Vowels and h separate letters but are not kept: "Kassem" and "Qasim" share a key.
        if (ch !== "h") last = "";
        continue;
      case "c": case "q": ch = "k"; break;
      case "v": case "w": ch = "f"; break;
      case "z": ch = "s"; break;
      case "p": ch = "b"; break;
      case "j": ch = "g"; break;
      default: break;
    }
    if (ch !== last) out += ch;
    last = ch;
  }
  return out || token.slice(0, 1);
}

/**
 * Consonant skeleton for comparing a Latin name with one romanised from Arabic or Hebrew,
 * which keeps consonants only (محمد → mhmd ~ Mohammed): vowels, w and y dropped, doubles merged.
 */
export function skeleton(token: string): string {
  let out = "";
  let last = "";
  for (const raw of token) {
    let ch = raw;
    // A vowel between two equal consonants keeps both (Potanin is btnn, not btn).
    if ("aeiouwy'`".includes(ch)) { if ("aeiou".includes(ch)) last = ""; continue; }
    if (ch === "v") ch = "f";
    else if (ch === "p") ch = "b";
    else if (ch === "q" || ch === "c") ch = "k";
    else if (ch === "z") ch = "s";
    if (ch !== last) out += ch;
    last = ch;
  }
  return out;
}
