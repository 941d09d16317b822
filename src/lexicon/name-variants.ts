// Given-name nicknames and number words, folded to one comparison form.
// Source: written for Dossier from general knowledge of English hypocoristics and number words;
// not copied from any file.

/** Nickname → the given name it stands for. */
export const NICKNAMES: Readonly<Record<string, string>> = {
  bill: "william", billy: "william", will: "william", liam: "william", bob: "robert", bobby: "robert", rob: "robert",
  jim: "james", jimmy: "james", jamie: "james", mike: "michael", mick: "michael", dick: "richard", rick: "richard",
  rich: "richard", ted: "theodore", teddy: "theodore", ed: "edward", eddie: "edward", ned: "edward", tom: "thomas",
  tommy: "thomas", tony: "anthony", joe: "joseph", joey: "joseph", jack: "john", johnny: "john", jon: "jonathan",
  chris: "christopher", dan: "daniel", danny: "daniel", dave: "david", steve: "stephen", sam: "samuel",
  bibi: "benjamin", alex: "alexander", sasha: "alexander", sacha: "alexander", kate: "katherine",
  katie: "katherine", liz: "elizabeth", beth: "elizabeth", betty: "elizabeth", peggy: "margaret", maggie: "margaret",
  sue: "susan", jenny: "jennifer", jen: "jennifer", matt: "matthew", nick: "nicholas", pat: "patrick", pete: "peter",
  greg: "gregory", andy: "andrew", drew: "andrew", fred: "frederick", freddie: "frederick", hank: "henry", harry: "henry",
  larry: "lawrence", jerry: "gerald", ron: "ronald", don: "donald", doug: "douglas", ken: "kenneth", tim: "timothy",
  vova: "vladimir", volodya: "vladimir", misha: "mikhail", kolya: "nikolai", dima: "dmitry", seryozha: "sergei",
  ben: "benjamin", pasha: "pavel", vanya: "ivan", zhenya: "evgeny", yura: "yuri", lyosha: "alexei", petya: "pyotr",
};

/** The same given name in Ukrainian or Belarusian romanisation → the Russian form the lists mostly use. */
export const GIVEN_NAME_VARIANTS: Readonly<Record<string, string>> = {
  volodymyr: "vladimir", volodimir: "vladimir", uladzimir: "vladimir", oleksandr: "aleksandr", olexandr: "aleksandr",
  aliaksandr: "aleksandr", mykola: "nikolai", mikola: "nikolai", mykhailo: "mikhail", mikhail: "mikhail",
  serhiy: "sergei", serhii: "sergei", andriy: "andrei", andrii: "andrei", dmytro: "dmitry", yuriy: "yuri", yurii: "yuri",
  petro: "pyotr", pavlo: "pavel", hryhoriy: "grigori", oleh: "oleg", ihor: "igor", yevhen: "evgeny", vasyl: "vasili",
};

/** Number words → their value, for "Brigade Forty-Four" ~ "Brigade 44". */
export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11,
  twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
  twenty: 20, thirty: 30, forty: 40, fourty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};

/** Ordinal words → the digit form ("first" → "1st"). */
export const ORDINAL_WORDS: Readonly<Record<string, string>> = {
  first: "1st", second: "2nd", third: "3rd", fourth: "4th", fifth: "5th", sixth: "6th", seventh: "7th", eighth: "8th",
  ninth: "9th", tenth: "10th",
};
