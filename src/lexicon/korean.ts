// Romanisation tables for Korean names: Hangul jamo and Sino-Korean (hanja) readings.
// Source: written for Dossier after the McCune–Reischauer system without diacritics (ŏ → o, ŭ → u),
// which North Korean names on the sanctions lists follow, and the customary spellings of the
// commonest Korean surnames (Kim, Lee, Park, Choi…); not copied from any file.

export const HANGUL_INITIALS: readonly string[] = [
  "k", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j", "jj", "ch", "k", "t", "p", "h",
];
export const HANGUL_MEDIALS: readonly string[] = [
  "a", "ae", "ya", "yae", "o", "e", "yo", "ye", "o", "wa", "wae", "oe", "yo", "u", "wo", "we", "wi", "yu", "u", "ui", "i",
];
export const HANGUL_FINALS: readonly string[] = [
  "", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "l", "l", "l", "p", "l", "m", "p", "p", "t", "t", "ng", "t", "t", "k", "t", "p", "h",
];
/** Index of the vowel ㅡ (eu), which loanwords insert between consonant clusters. */
export const HANGUL_EU = 18;

/** Customary spellings of surname syllables, where the plain romanisation differs. */
export const KOREAN_SURNAMES: Readonly<Record<string, string>> = {
  "김": "kim", "이": "lee", "리": "ri", "박": "park", "최": "choe", "정": "jong", "강": "kang", "조": "jo", "윤": "yun",
  "장": "jang", "임": "im", "림": "rim", "한": "han", "오": "o", "서": "so", "신": "sin", "권": "kwon", "황": "hwang",
  "안": "an", "송": "song", "류": "ryu", "유": "yu", "전": "jon", "홍": "hong", "고": "ko", "문": "mun", "양": "yang",
  "손": "son", "배": "bae", "백": "paek", "허": "ho", "남": "nam", "심": "sim", "노": "no", "로": "ro", "하": "ha",
  "곽": "kwak", "성": "song", "차": "cha", "주": "ju", "우": "u", "구": "ku", "민": "min", "진": "jin", "지": "ji",
};

/** Sino-Korean readings of characters common in Korean personal names (hanja → syllable). */
export const HANJA_KOREAN: Readonly<Record<string, string>> = {
  "金": "kim", "李": "ri", "朴": "pak", "崔": "choe", "鄭": "jong", "正": "jong", "恩": "un", "日": "il", "成": "song",
  "哲": "chol", "明": "myong", "英": "yong", "永": "yong", "男": "nam", "南": "nam", "東": "dong", "光": "kwang",
  "國": "kuk", "浩": "ho", "秀": "su", "賢": "hyon", "玉": "ok", "順": "sun", "淑": "suk", "姬": "hui", "子": "ja",
  "太": "thae", "載": "jae", "在": "jae", "仁": "in", "元": "won", "文": "mun", "洪": "hong", "黃": "hwang", "趙": "jo",
  "尹": "yun", "張": "jang", "林": "rim", "韓": "han", "申": "sin", "吳": "o", "徐": "so", "權": "kwon", "安": "an",
  "宋": "song", "柳": "ryu", "全": "jon", "高": "ko", "梁": "ryang", "孫": "son", "白": "paek", "許": "ho", "劉": "yu",
  "沈": "sim", "盧": "ro", "河": "ha", "丁": "jong", "車": "cha", "具": "ku", "禹": "u", "朱": "ju", "任": "im",
  "閔": "min", "振": "jin", "勇": "yong", "龍": "ryong", "植": "sik", "錫": "sok", "萬": "man", "洙": "su", "善": "son",
  "德": "tok", "福": "pok", "敏": "min", "民": "min", "俊": "jun", "鉉": "hyon", "熙": "hui", "煥": "hwan", "根": "gun",
  "基": "gi", "昌": "chang", "容": "yong", "勳": "hun", "雪": "sol", "主": "ju", "與": "yo", "正恩": "jong un",
};
