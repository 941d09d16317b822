// Generates news-like documents from the bench's own templates, and the matching "template extractor"
// (it reads back what the generator wrote), so the store can be measured without depending on the real extractor.

const COUNTRIES = [
  ["Aravia", "AV"], ["Belmora", "BM"], ["Corvania", "CV"], ["Dastria", "DS"], ["Elbonia", "EB"], ["Fernland", "FL"],
  ["Galmoria", "GM"], ["Heldor", "HD"], ["Istrana", "IS"], ["Jorvik", "JV"], ["Kaldera", "KD"], ["Lunaria", "LN"],
  ["Marovia", "MV"], ["Norvane", "NV"], ["Ostland", "OL"], ["Perisa", "PS"], ["Quarnia", "QN"], ["Rustavia", "RV"],
  ["Selvaria", "SV"], ["Tavora", "TV"], ["Ulmeria", "UM"], ["Varenne", "VR"], ["Westmark", "WM"], ["Yslandia", "YL"],
];
const AUTHORITIES = ["the Treasury Office", "the Trade Council", "the Export Board", "the Sanctions Directorate"];
const ITEMS = [
  ["artillery shells", "munitions", "arms_transfer"], ["attack drones", "drones", "arms_transfer"], ["cruise missiles", "missiles", "arms_transfer"],
  ["armoured vehicles", "armoured_vehicles", "arms_transfer"], ["assault rifles", "small_arms", "arms_transfer"], ["radar systems", "air_defence", "arms_transfer"],
  ["wheat", "food", "goods_transfer"], ["crude oil", "energy", "goods_transfer"], ["machine tools", "components", "goods_transfer"], ["microchips", "technology", "goods_transfer"],
];
const VERBS = [["delivered", "delivered"], ["agreed to sell", "agreed"], ["offered", "proposed"], ["is shipping", "ongoing"]];
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const OUTLETS = ["harbour-times.example", "steppe-wire.example", "coastal-ledger.example", "mountain-post.example", "river-gazette.example", "iron-bulletin.example"];
const SYL = ["ka", "lo", "mir", "ven", "dra", "sel", "tor", "bri", "nak", "ost", "vel", "rum", "zan", "pet", "gor", "lin", "ask", "dor", "mal", "sen"];
const FILLER = [
  "Officials did not answer questions about the route the cargo took.",
  "Analysts who follow the region said the volumes were larger than in previous years.",
  "The ministry published a short statement but gave no figures.",
  "Satellite pictures reviewed by researchers showed unusual activity at the port.",
  "Diplomats at the regional forum raised the matter in closed session.",
  "Insurers have raised premiums for ships calling at the harbour.",
  "The company did not reply to messages sent to its listed address.",
  "Customs records seen by reporters list the consignment under a different code.",
];

export function rng(seed) {
  let a = seed >>> 0;
  return () => { a = (a + 0x6d2b79f5) >>> 0; let t = a; t = Math.imul(t ^ (t >>> 15), t | 1); t ^= t + Math.imul(t ^ (t >>> 7), t | 61); return ((t ^ (t >>> 14)) >>> 0) / 4294967296; };
}
const pick = (r, xs) => xs[Math.floor(r() * xs.length)];
const cap = (s) => s[0].toUpperCase() + s.slice(1);
const word = (r, n) => cap(Array.from({ length: n }, () => pick(r, SYL)).join(""));

/** Deterministic pools of people and companies. */
export function pools(seed = 7, people = 3000, companies = 2000) {
  const r = rng(seed);
  const persons = new Set(), firms = new Set();
  while (persons.size < people) persons.add(`${word(r, 2)} ${word(r, 3)}`);
  while (firms.size < companies) firms.add(`${word(r, 2)}${pick(r, ["tek", "trans", "com", "prom"])} ${pick(r, ["Trading", "Logistics", "Industries", "Holdings"])}`);
  return { persons: [...persons], firms: [...firms] };
}

/** One document: header fields and a body of ~1.5 KB naming a transfer, a broker, a sanction and a spokesman. */
export function makeDoc(i, p, seed = 1) {
  const r = rng(seed * 1_000_003 + i);
  const [sup, supCc] = pick(r, COUNTRIES);
  let rec = pick(r, COUNTRIES.slice(0, 6));
  if (rec[0] === sup) rec = COUNTRIES[(COUNTRIES.indexOf(rec) + 7) % COUNTRIES.length];
  const [item, , ] = pick(r, ITEMS);
  const [verb] = pick(r, VERBS);
  const year = 2015 + Math.floor(r() * 10), month = Math.floor(r() * 12);
  const broker = pick(r, p.persons), [, brokerCc] = pick(r, COUNTRIES);
  const firm = pick(r, p.firms), speaker = pick(r, p.persons), authority = pick(r, AUTHORITIES), outlet = pick(r, OUTLETS);
  const brokerNat = COUNTRIES.find(([, c]) => c === brokerCc)[0];
  const qty = 10 + Math.floor(r() * 990);
  const day = 1 + Math.floor(r() * 27);
  const published = `${year}-${String(month + 1).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
  const s = [
    `${sup} ${verb} ${qty} ${item} to ${rec[0]} in ${MONTHS[month]} ${year}, according to ${speaker}, a spokesman for the ${rec[0]} defence ministry.`,
    pick(r, FILLER),
    `The deal was arranged by ${broker}, a ${brokerNat} national, through the firm ${firm}.`,
    pick(r, FILLER), pick(r, FILLER),
    `${cap(authority)} imposed sanctions on ${broker} on ${published} over the deal.`,
    pick(r, FILLER), pick(r, FILLER), pick(r, FILLER), pick(r, FILLER),
  ];
  const text = s.join(" ") + "\n\n" + Array.from({ length: 4 }, () => pick(r, FILLER)).join(" ") + " (" + i + ")\n";
  return { title: `${sup} and ${rec[0]}: ${item} (${i})`, published, url: `https://${outlet}/story/${i}`, text };
}

export function toTxt(d) {
  return `Title: ${d.title}\nPublished: ${d.published}\nSource: ${d.url}\n\n${d.text}`;
}

const COUNTRY_CODE = new Map(COUNTRIES);
const ITEM_OF = new Map(ITEMS.map(([t, c, k]) => [t, { category: c, type: k }]));
const STATUS_OF = new Map(VERBS);
const RE_TRANSFER = /([A-Z][a-z]+) (delivered|agreed to sell|offered|is shipping) (\d+) ([a-z ]+?) to ([A-Z][a-z]+) in ([A-Z][a-z]+) (\d{4}), according to ([A-Z][a-z]+ [A-Z][a-z]+), a spokesman for the ([A-Z][a-z]+) defence ministry\./;
const RE_BROKER = /The deal was arranged by ([A-Z][a-z]+ [A-Z][a-z]+), a ([A-Z][a-z]+) national, through the firm ([^.]+)\./;
const RE_SANCTION = /(The [A-Z][a-z]+ [A-Z][a-z]+) imposed sanctions on ([A-Z][a-z]+ [A-Z][a-z]+) on (\d{4}-\d{2}-\d{2}) over the deal\./;

/** The bench's extractor: reads the template sentences back into the extraction contract, offsets and all. */
export function extract(text, options = {}) {
  const entities = [], facts = [];
  const ids = new Map();
  const ent = (type, name, country, at) => {
    const key = `${type}:${name}`;
    let e = ids.get(key);
    if (!e) { e = { id: `e${ids.size + 1}`, type, name, aliases: [], mentions: [] }; if (country) e.country = country; ids.set(key, e); entities.push(e); }
    const start = text.indexOf(name, at);
    if (start >= 0) e.mentions.push({ start, end: start + name.length });
    return e.id;
  };
  const t = RE_TRANSFER.exec(text), b = RE_BROKER.exec(text), s = RE_SANCTION.exec(text);
  if (t) {
    const [whole, sup, verb, qty, item, rec, month, year, speaker] = t;
    const at = t.index;
    const supplier = ent("country", sup, COUNTRY_CODE.get(sup), at), recipient = ent("country", rec, COUNTRY_CODE.get(rec), at + whole.indexOf(" to ") );
    const spk = ent("person", speaker, undefined, at);
    const m = String(MONTHS.indexOf(month) + 1).padStart(2, "0");
    const roles = { supplier, recipient };
    if (b) roles.broker = ent("person", b[1], COUNTRY_CODE.get(b[2]), b.index);
    const info = ITEM_OF.get(item) ?? { category: "weapons", type: "arms_transfer" };
    facts.push({
      id: "f1", type: info.type, roles, items: [{ text: `${qty} ${item}`, category: info.category, quantity: { min: Number(qty), text: qty } }],
      status: STATUS_OF.get(verb) ?? "delivered", certainty: "reported", attributedTo: [spk],
      time: { text: `${month} ${year}`, start: `${year}-${m}-01`, end: `${year}-${m}-28` }, linked: [],
      evidence: [{ start: at, end: at + whole.length }, ...(b ? [{ start: b.index, end: b.index + b[0].length }] : [])], rule: "bench.transfer",
    });
    facts.push({ id: "f2", type: "statement", roles: { speaker: spk }, items: [], status: "stated", certainty: "stated", attributedTo: [], linked: [],
      evidence: [{ start: at, end: at + whole.length }], rule: "bench.statement" });
  }
  if (b) ent("company", b[3], undefined, b.index);
  if (s) {
    const auth = ent("government_body", s[1], undefined, s.index);
    const target = ent("person", s[2], b ? COUNTRY_CODE.get(b[2]) : undefined, s.index);
    facts.push({ id: "f3", type: "sanction", roles: { authority: auth, target }, items: [], status: "imposed", certainty: "stated", attributedTo: [], linked: [],
      time: { text: s[3], start: s[3], end: s[3] }, evidence: [{ start: s.index, end: s.index + s[0].length }], rule: "bench.sanction" });
  }
  return { document: { id: "", chars: text.length, ...options }, entities, facts };
}

/**
 * Grows a store with generated documents (template extraction, 1,000 per transaction) until it holds `facts` facts.
 * `next` is the index of the next generated document; returns the index after the last one added.
 */
export async function growStore(store, facts, next, p, onProgress = () => {}) {
  const { addDocuments } = await import("../dist/graph/add-document.js");
  const { publisherOf } = await import("../dist/ingest/process.js");
  const { contentId: contentHash } = await import("../dist/text/hash.js");
  let stats = await store.stats();
  let i = next;
  while (stats.facts < facts) {
    // The write path of `dossier ingest`: one addDocuments call per batch.
    const batch = [];
    for (let k = 0; k < 1000; k++, i++) {
      const d = makeDoc(i, p);
      const id = contentHash(d.text);
      batch.push({ doc: { id, text: d.text, title: d.title, published: d.published, url: d.url, source: `gen:${i}`, publisher: publisherOf(d, id) }, extraction: extract(d.text, d) });
    }
    await store.transaction((tx) => addDocuments(tx, batch));
    stats = await store.stats();
    onProgress(stats);
  }
  return i;
}
