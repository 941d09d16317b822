// Phonetic keys for blocking and for crediting spellings that sound alike (Poutine / Putin, Wladimir / Vladimir).

// Letter groups that write one sound, longest first. German tsch, Dutch tsj, Catalan tx and the rest
// all write one "ch" sound (x here); Hungarian gy is a d.
const GROUPS: ReadonlyArray<readonly [string, string]> = [
  ["tsch", "x"], ["dzh", "j"], ["sch", "x"], ["tch", "x"], ["tsj", "x"],
  ["sh", "x"], ["ch", "x"], ["zh", "x"], ["cz", "x"], ["sz", "x"], ["tx", "x"], ["gy", "d"], ["ph", "f"], ["kh", "k"],
  ["gh", "k"], ["th", "t"], ["dh", "d"], ["dj", "j"], ["dz", "j"], ["ck", "k"], ["cq", "k"], ["ts", "s"],
];

const BY_FIRST = new Map<string, Array<readonly [string, string]>>();
for (const g of GROUPS) {
  const list = BY_FIRST.get(g[0][0] ?? "") ?? [];
  list.push(g);
  BY_FIRST.set(g[0][0] ?? "", list);
}

/** One pass over the token, rewriting letter groups (no regular expressions: this runs for every token). */
function rewrite(token: string): string {
  let out = "";
  let i = 0;
  outer: while (i < token.length) {
    for (const [from, to] of BY_FIRST.get(token[i] ?? "") ?? []) {
      if (token.startsWith(from, i)) { out += to; i += from.length; continue outer; }
    }
    const ch = token[i] ?? "";
    const next = token[i + 1] ?? "";
    if (ch === "c" && (next === "e" || next === "i" || next === "y")) out += "s";
    // Word-initial x is pinyin's sh sound (Xi ~ Shi); elsewhere it is ks.
    else if (ch === "x") out += i === 0 ? "x" : "ks";
    else out += ch;
    i++;
  }
  return out;
}

/** Consonant key: vowels dropped (except a leading one, kept as "a"), sound-alike letters merged. */
export function phoneticKey(token: string): string {
  if (token.length === 0) return "";
  const s = rewrite(token);
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
