// The one ontology file: entity and fact types with labels, colours, shapes, edge direction and line styles; served to the graph view.
import type { Certainty, EntityType, FactType } from "../extract/types.js";

export interface EntityTypeStyle {
  label: string;
  colour: string;
  /** A Cytoscape node shape. */
  shape: "ellipse" | "round-rectangle" | "diamond" | "hexagon" | "triangle" | "star" | "vee" | "barrel";
}

export interface FactTypeStyle {
  label: string;
  colour: string;
  /** Edges run from each entity in a `from` role to each entity in a `to` role; other roles join the first `to` party. */
  from: readonly string[];
  to: readonly string[];
}

export type LineStyle = "solid" | "dashed" | "dotted";

export interface Ontology {
  entityTypes: Record<EntityType, EntityTypeStyle>;
  factTypes: Record<FactType, FactTypeStyle>;
  /** How an edge is drawn by the fact's status: done things solid, intentions dashed, undone things dotted. */
  statusLines: Record<string, LineStyle>;
  /** How strongly an edge is drawn by certainty: width and opacity. */
  certainty: Record<Certainty, { width: number; opacity: number; label: string }>;
  roleLabels: Record<string, string>;
  /** Colour that marks a party with a sanctions-list hit. */
  sanctionedColour: string;
}

export const ONTOLOGY: Ontology = {
  entityTypes: {
    country: { label: "Country", colour: "#6b7280", shape: "round-rectangle" },
    person: { label: "Person", colour: "#2563eb", shape: "ellipse" },
    organization: { label: "Organisation", colour: "#7c3aed", shape: "hexagon" },
    government_body: { label: "Government body", colour: "#0f766e", shape: "barrel" },
    armed_group: { label: "Armed group", colour: "#b45309", shape: "triangle" },
    company: { label: "Company", colour: "#0891b2", shape: "diamond" },
    vessel: { label: "Vessel", colour: "#1e3a8a", shape: "vee" },
    aircraft: { label: "Aircraft", colour: "#4d7c0f", shape: "star" },
  },
  factTypes: {
    arms_transfer: { label: "Arms transfer", colour: "#dc2626", from: ["supplier"], to: ["recipient"] },
    goods_transfer: { label: "Goods transfer", colour: "#ea580c", from: ["supplier"], to: ["recipient"] },
    sanction: { label: "Sanction", colour: "#111827", from: ["authority"], to: ["target"] },
    statement: { label: "Statement", colour: "#64748b", from: ["speaker"], to: ["organization", "about", "subject"] },
    visit: { label: "Visit", colour: "#16a34a", from: ["visitor"], to: ["host"] },
    loss: { label: "Loss", colour: "#9333ea", from: ["party"], to: ["by", "cause"] },
  },
  statusLines: {
    delivered: "solid", ongoing: "solid", imposed: "solid", occurred: "solid", agreed: "solid", stated: "solid",
    proposed: "dashed", considered: "dashed", negotiating: "dashed", planned: "dashed", threatened: "dashed", attempted: "dashed",
    cancelled: "dotted", lifted: "dotted",
  },
  certainty: {
    stated: { width: 4, opacity: 1, label: "Stated" },
    reported: { width: 3, opacity: 0.9, label: "Reported" },
    suspected: { width: 2, opacity: 0.6, label: "Suspected" },
    disputed: { width: 2, opacity: 0.45, label: "Disputed" },
    negated: { width: 1, opacity: 0.3, label: "Negated" },
  },
  roleLabels: {
    supplier: "Supplier", recipient: "Recipient", broker: "Broker", target: "Target", authority: "Authority",
    speaker: "Speaker", organization: "Organisation", visitor: "Visitor", host: "Host", party: "Party",
  },
  sanctionedColour: "#dc2626",
};

/** The line a status is drawn with (unknown statuses solid). */
export function lineOf(status: string): LineStyle {
  return ONTOLOGY.statusLines[status] ?? "solid";
}
