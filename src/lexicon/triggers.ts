// Trigger words and the frame each one opens. Verb forms are generated from the lemma; irregular forms are listed.
// Source: English news usage for arms, trade and sanctions reporting; written for Dossier.

export type Frame =
  /** supplier gives: "X supplied Y to Z", "X provided Z with Y", "X sold Z drones" */
  | "give"
  /** recipient gets: "Z received Y from X", "Z acquired Y", "Z bought Y from X" */
  | "get"
  /** recipient turns to a supplier: "Z is looking to X for Y", "Z turned to X for Y" */
  | "turn"
  /** broker: "B facilitated the transfer ...", "B brokered a deal" */
  | "broker"
  /** nominal transfer: "the transfer of Y from X to Z", "X's acquisition of Y" */
  | "transfer-noun"
  /** use implies delivery: "Z used Iranian drones" */
  | "use"
  /** sanctions: "A designated T", "A imposed sanctions on T", "T was sanctioned" */
  | "sanction"
  | "sanction-noun"
  | "lift"
  | "visit"
  | "loss";

export interface VerbLexeme {
  lemma: string;
  frame: Frame;
  /** Irregular forms: past, participle, third person. */
  irregular?: { past?: string; participle?: string; third?: string; ing?: string };
  /** A verb whose meaning is itself an offer or plan ("offer", "promise"). */
  prospective?: boolean;
}

export const VERBS: readonly VerbLexeme[] = [
  { lemma: "supply", frame: "give" }, { lemma: "provide", frame: "give" }, { lemma: "sell", frame: "give", irregular: { past: "sold", participle: "sold" } },
  { lemma: "send", frame: "give", irregular: { past: "sent", participle: "sent" } }, { lemma: "deliver", frame: "give" }, { lemma: "ship", frame: "give" },
  { lemma: "transfer", frame: "give", irregular: { past: "transferred", participle: "transferred", ing: "transferring" } }, { lemma: "export", frame: "give" }, { lemma: "give", frame: "give", irregular: { past: "gave", participle: "given" } },
  { lemma: "offer", frame: "give", prospective: true }, { lemma: "furnish", frame: "give" }, { lemma: "smuggle", frame: "give" }, { lemma: "funnel", frame: "give" },
  { lemma: "ferry", frame: "give" }, { lemma: "channel", frame: "give" }, { lemma: "dispatch", frame: "give" }, { lemma: "deploy", frame: "give" },
  { lemma: "donate", frame: "give" }, { lemma: "pledge", frame: "give", prospective: true }, { lemma: "promise", frame: "give", prospective: true },
  { lemma: "hand", frame: "give" }, { lemma: "route", frame: "give" }, { lemma: "transport", frame: "give" }, { lemma: "move", frame: "give" },
  { lemma: "receive", frame: "get" }, { lemma: "obtain", frame: "get" }, { lemma: "acquire", frame: "get" }, { lemma: "buy", frame: "get", irregular: { past: "bought", participle: "bought" } },
  { lemma: "purchase", frame: "get" }, { lemma: "import", frame: "get" }, { lemma: "procure", frame: "get" }, { lemma: "seek", frame: "get", irregular: { past: "sought", participle: "sought" } }, { lemma: "source", frame: "get" },
  { lemma: "get", frame: "get", irregular: { past: "got", participle: "gotten" } }, { lemma: "take", frame: "get", irregular: { past: "took", participle: "taken" } },
  { lemma: "look", frame: "turn" }, { lemma: "turn", frame: "turn" }, { lemma: "rely", frame: "turn" }, { lemma: "reach", frame: "turn" }, { lemma: "depend", frame: "turn" },
  { lemma: "facilitate", frame: "broker" }, { lemma: "broker", frame: "broker" }, { lemma: "arrange", frame: "broker" }, { lemma: "coordinate", frame: "broker" }, { lemma: "involve", frame: "broker" },
  { lemma: "use", frame: "use" }, { lemma: "employ", frame: "use" }, { lemma: "field", frame: "use" },
  { lemma: "designate", frame: "sanction" }, { lemma: "redesignate", frame: "sanction" }, { lemma: "sanction", frame: "sanction" }, { lemma: "target", frame: "sanction" },
  { lemma: "blacklist", frame: "sanction" }, { lemma: "list", frame: "sanction" }, { lemma: "penalize", frame: "sanction" }, { lemma: "penalise", frame: "sanction" },
  { lemma: "freeze", frame: "sanction", irregular: { past: "froze", participle: "frozen", ing: "freezing" } },
  { lemma: "delist", frame: "lift" }, { lemma: "visit", frame: "visit" }, { lemma: "lose", frame: "loss", irregular: { past: "lost", participle: "lost" } },
];

export type VerbForm = "base" | "third" | "past" | "participle" | "ing";

export interface VerbHit {
  lemma: string;
  frame: Frame;
  form: VerbForm;
  prospective: boolean;
}

function regularForms(lemma: string): Record<Exclude<VerbForm, "base">, string[]> {
  const ends = (s: string) => lemma.endsWith(s);
  const consonantY = /[^aeiou]y$/.test(lemma);
  const double = /^(ship|route|funnel|channel|ferry)$/.test(lemma) ? lemma === "ship" : false;
  const stem = double ? lemma + lemma.slice(-1) : lemma;
  const past = consonantY ? lemma.slice(0, -1) + "ied" : ends("e") ? lemma + "d" : stem + "ed";
  const third = consonantY ? lemma.slice(0, -1) + "ies" : /(s|sh|ch|x)$/.test(lemma) ? lemma + "es" : lemma + "s";
  const ing = ends("e") && !ends("ee") ? lemma.slice(0, -1) + "ing" : stem + "ing";
  const out = { past: [past], participle: [past], third: [third], ing: [ing] };
  // British spellings of doubled consonants: "channelled", "funnelled".
  if (ends("el")) {
    out.past.push(lemma + "led");
    out.participle.push(lemma + "led");
    out.ing.push(lemma + "ling");
  }
  return out;
}

export function buildVerbIndex(verbs: readonly VerbLexeme[] = VERBS): Map<string, VerbHit[]> {
  const index = new Map<string, VerbHit[]>();
  const put = (w: string, hit: VerbHit) => {
    const list = index.get(w);
    if (list) list.push(hit);
    else index.set(w, [hit]);
  };
  for (const v of verbs) {
    const reg = regularForms(v.lemma);
    const forms: [VerbForm, string[]][] = [
      ["base", [v.lemma]],
      ["third", [v.irregular?.third ?? reg.third[0]!]],
      ["past", v.irregular?.past ? [v.irregular.past] : reg.past],
      ["participle", v.irregular?.participle ? [v.irregular.participle] : reg.participle],
      ["ing", v.irregular?.ing ? [v.irregular.ing] : reg.ing],
    ];
    for (const [form, words] of forms) for (const w of words) put(w, { lemma: v.lemma, frame: v.frame, form, prospective: !!v.prospective });
  }
  return index;
}

/** Nouns that name a transfer ("shipment", "acquisition") with the side their possessor takes. */
export const TRANSFER_NOUNS: ReadonlyMap<string, "supplier" | "recipient" | "either"> = new Map(Object.entries<"supplier" | "recipient" | "either">({
  transfer: "either", transfers: "either", shipment: "supplier", shipments: "supplier", delivery: "supplier", deliveries: "supplier",
  supply: "supplier", supplies: "supplier", sale: "supplier", sales: "supplier", export: "supplier", exports: "supplier", provision: "supplier",
  movement: "either", import: "recipient", imports: "recipient", acquisition: "recipient", acquisitions: "recipient", procurement: "recipient",
  purchase: "recipient", purchases: "recipient", deal: "either", deals: "either", trade: "either", transactions: "either", transaction: "either",
  barter: "either", deployment: "supplier", deployments: "supplier", dispatch: "supplier", transport: "either", transportation: "either",
  cooperation: "either", assistance: "supplier", aid: "supplier", support: "supplier",
}));

/** Nouns and phrases that name a sanction ("sanctions on X", "asset freeze"). */
export const SANCTION_NOUNS: ReadonlySet<string> = new Set(["sanctions", "sanction", "designation", "designations", "penalties", "embargo", "restrictions", "tariffs", "blacklist", "listing", "freeze"]);

/** Words before a verb that make the act planned, possible or tried, with the status they give. */
export const MODAL_STATUS: ReadonlyMap<string, "proposed" | "considered" | "negotiating" | "agreed" | "attempted" | "cancelled"> = new Map(Object.entries<"proposed" | "considered" | "negotiating" | "agreed" | "attempted" | "cancelled">({
  would: "proposed", will: "proposed", "'ll": "proposed", plan: "proposed", plans: "proposed", planned: "proposed", planning: "proposed",
  aim: "proposed", aims: "proposed", aiming: "proposed", aimed: "proposed", seek: "proposed", seeks: "proposed", seeking: "proposed",
  sought: "attempted", want: "proposed", wants: "proposed", wanted: "proposed", intend: "proposed", intends: "proposed", intending: "proposed",
  preparing: "proposed", prepared: "proposed", prepare: "proposed", ready: "proposed", readiness: "proposed", offer: "proposed", offers: "proposed",
  offered: "proposed", offering: "proposed", proposed: "proposed", proposes: "proposed", propose: "proposed", hoping: "proposed", hopes: "proposed",
  looking: "proposed", expected: "proposed", set: "proposed", slated: "proposed", potential: "proposed", possible: "proposed",
  considering: "considered", consider: "considered", considered: "considered", weighing: "considered", exploring: "considered", mulling: "considered",
  negotiating: "negotiating", negotiations: "negotiating", talks: "negotiating", negotiate: "negotiating", discussing: "negotiating",
  agreed: "agreed", agree: "agreed", agrees: "agreed", signed: "agreed", concluded: "agreed", struck: "agreed",
  attempted: "attempted", attempting: "attempted", attempt: "attempted", attempts: "attempted", tried: "attempted", trying: "attempted", try: "attempted",
  halted: "cancelled", blocked: "cancelled", cancelled: "cancelled", canceled: "cancelled", suspended: "cancelled", paused: "cancelled", stopped: "cancelled",
}));

/** Visit verbs and their form (step 7). */
export const VISIT_VERBS: ReadonlyMap<string, "past" | "present" | "ing" | "base"> = new Map<string, "past" | "present" | "ing" | "base">([
  ["visit", "base"], ["visits", "present"], ["visited", "past"], ["visiting", "ing"],
  ["travel", "base"], ["travels", "present"], ["traveled", "past"], ["travelled", "past"], ["traveling", "ing"], ["travelling", "ing"],
]);
export const SEND_VERBS: ReadonlySet<string> = new Set(["send", "sends", "sent", "sending", "dispatch", "dispatched", "dispatching"]);
export const LOSS_VERBS: ReadonlySet<string> = new Set(["lost", "lose", "loses", "losing"]);
/** Every word that can open a visit or loss frame. */
export const EVENT_WORDS: ReadonlySet<string> = new Set([...VISIT_VERBS.keys(), "trip", ...SEND_VERBS, ...LOSS_VERBS]);
