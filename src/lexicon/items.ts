// What moves in a deal: item nouns and the category each one falls in (DESIGN.md vocabularies).
// Source: common English names of weapon systems and goods in news copy; written for Dossier.
import type { ItemCategory } from "../extract/types.js";

/** Single nouns (lower case, singular and plural) → category. */
export const ITEM_WORDS: ReadonlyMap<string, ItemCategory> = new Map(Object.entries<ItemCategory>({
  // arms
  weapon: "weapons", weapons: "weapons", arms: "weapons", weaponry: "weapons", armament: "weapons", armaments: "weapons",
  materiel: "military_equipment", hardware: "military_equipment", equipment: "military_equipment",
  munition: "munitions", munitions: "munitions", ammunition: "munitions", ammo: "munitions", shells: "munitions", shell: "munitions",
  rounds: "munitions", bombs: "munitions", bomb: "munitions", grenades: "munitions", mines: "munitions", explosives: "munitions", mortars: "munitions",
  rockets: "missiles", rocket: "missiles", missile: "missiles", missiles: "missiles", interceptors: "air_defence",
  drone: "drones", drones: "drones", uav: "drones", uavs: "drones", uas: "drones", "kamikaze": "drones", shahed: "drones", shaheds: "drones", garpiya: "drones", loitering: "drones",
  tank: "armoured_vehicles", tanks: "armoured_vehicles", vehicles: "armoured_vehicles", apcs: "armoured_vehicles", ifvs: "armoured_vehicles",
  artillery: "artillery", howitzers: "artillery", howitzer: "artillery", guns: "small_arms", rifles: "small_arms", rifle: "small_arms",
  jets: "aircraft", fighter: "aircraft", fighters: "aircraft", helicopters: "aircraft", helicopter: "aircraft", warplanes: "aircraft", bombers: "aircraft",
  warships: "naval", submarines: "naval", submarine: "naval", frigates: "naval", warship: "naval",
  troops: "military_equipment", troop: "military_equipment", soldiers: "military_equipment", personnel: "military_equipment", manpower: "military_equipment", mercenaries: "military_equipment",
  training: "military_equipment",
  // goods
  food: "food", grain: "food", wheat: "food", rice: "food", foodstuffs: "food", fertilizer: "commodities", fertiliser: "commodities",
  commodities: "commodities", commodity: "commodities", goods: "other", materials: "raw_materials", material: "raw_materials",
  oil: "energy", gas: "energy", fuel: "energy", petroleum: "energy", coal: "energy", crude: "energy", lng: "energy", electricity: "energy",
  aircraft: "civil_aircraft", airliners: "civil_aircraft", planes: "civil_aircraft",
  technology: "technology", technologies: "technology", know_how: "technology", expertise: "technology", software: "technology", chips: "components",
  semiconductors: "components", microelectronics: "components", electronics: "components", components: "components", parts: "components", engines: "components",
  engine: "components", machinery: "components", machine: "components", tools: "components", items: "other", products: "other",
  money: "money", cash: "money", funds: "money", payment: "money", payments: "money", currency: "money", financing: "money", crypto: "money",
  exports: "other", imports: "other", supplies: "other", aid: "other", assistance: "other", support: "other",
  system: "military_equipment", systems: "military_equipment", imagery: "technology", intelligence: "technology",
  // more of the same, singular and plural, as news copy names them
  mine: "munitions", grenade: "munitions", mortar: "munitions", projectiles: "munitions", projectile: "munitions", warheads: "munitions",
  warhead: "munitions", cartridges: "munitions", bullets: "munitions", gunpowder: "munitions", propellant: "munitions", propellants: "munitions",
  nitrocellulose: "munitions", torpedoes: "naval", torpedo: "naval",
  icbm: "missiles", icbms: "missiles", irbm: "missiles", irbms: "missiles", srbm: "missiles", srbms: "missiles", launchers: "missiles", launcher: "missiles",
  manpads: "air_defence", radars: "air_defence", radar: "air_defence", "air-defense": "air_defence", "air-defence": "air_defence",
  atgm: "weapons", atgms: "weapons", apc: "armoured_vehicles", ifv: "armoured_vehicles", vehicle: "armoured_vehicles",
  gun: "small_arms", pistols: "small_arms", carbines: "small_arms", kalashnikovs: "small_arms",
  jet: "aircraft", bomber: "aircraft", warplane: "aircraft", frigate: "naval", destroyers: "naval", corvettes: "naval",
  // goods
  uranium: "raw_materials", metals: "raw_materials", steel: "raw_materials", aluminium: "raw_materials", aluminum: "raw_materials",
  titanium: "raw_materials", copper: "raw_materials", nickel: "raw_materials", lithium: "raw_materials", ore: "raw_materials", timber: "raw_materials",
  cotton: "commodities", sugar: "food", flour: "food", corn: "food", maize: "food", soybeans: "food", barley: "food", meat: "food", fish: "food", seafood: "food",
  diesel: "energy", gasoline: "energy", petrol: "energy", kerosene: "energy",
  microchips: "components", chip: "components", processors: "components", bearings: "components", optics: "components", sensors: "components",
  satellite: "technology", satellites: "technology",
  dollars: "money", euros: "money", yuan: "money", rubles: "money", roubles: "money", loans: "money", loan: "money", credit: "money", gold: "money",
  medicine: "other", medicines: "other", vaccines: "other", help: "other",
}));

/** Words that, just before an item noun, make it military ("military equipment", "attack drones", "ballistic missiles"). */
export const MILITARY_MODIFIERS: ReadonlyMap<string, ItemCategory> = new Map(Object.entries<ItemCategory>({
  military: "military_equipment", ballistic: "missiles", cruise: "missiles", "surface-to-air": "air_defence", "anti-aircraft": "air_defence",
  "air": "air_defence", attack: "drones", combat: "military_equipment", lethal: "weapons", defense: "military_equipment", defence: "military_equipment",
  artillery: "artillery", tank: "munitions", "anti-tank": "weapons", armored: "armoured_vehicles", armoured: "armoured_vehicles",
  communications: "military_equipment", sensitive: "components", controlled: "components", dual: "components", "dual-use": "components", aviation: "components", uav: "components",
  technical: "technology", technological: "technology", scientific: "technology", nuclear: "technology", space: "technology",
}));

/** Categories that make an `arms_transfer`; every other category is a `goods_transfer`. */
export const ARMS_CATEGORIES: ReadonlySet<ItemCategory> = new Set([
  "aircraft", "air_defence", "armoured_vehicles", "artillery", "drones", "missiles", "munitions", "naval", "small_arms", "military_equipment", "weapons",
]);

/** Items too vague to make a transfer on their own ("support", "goods"), unless a military word qualifies them. */
export const WEAK_ITEMS: ReadonlySet<string> = new Set(["system", "systems", "imagery", "intelligence", "support", "assistance", "aid", "items", "products", "supplies", "exports", "imports", "goods", "material", "materials", "equipment", "parts", "personnel", "training", "machine", "tools", "funds", "help"]);

/** Number words for quantities ("two dozen", "hundreds of"). */
export const NUMBER_WORDS: ReadonlyMap<string, number> = new Map(Object.entries<number>({
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, fifteen: 15, twenty: 20,
  thirty: 30, forty: 40, fifty: 50, hundred: 100, thousand: 1000, dozen: 12, dozens: 24, hundreds: 200, thousands: 2000, several: 3, a: 1,
  million: 1_000_000, millions: 2_000_000, billion: 1_000_000_000,
}));

/**
 * What "support", "aid" or "assistance" for a state goes to when it is material support for its war: "support for
 * Russia's defense industrial base", "aid to Moscow's war effort". Each entry is the words that end the phrase.
 */
export const WAR_EFFORT_PHRASES: readonly (readonly string[])[] = [
  ["industrial", "base"], ["military-industrial", "complex"], ["military", "industrial", "complex"], ["war", "effort"], ["war", "machine"],
  ["military"], ["army"], ["armed", "forces"], ["invasion"], ["war"],
];
