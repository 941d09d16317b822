// The network graph around an entity (Cytoscape.js): typed nodes, edges coloured by fact type and drawn by status and
// certainty, sanctioned parties marked; clicking an edge shows the fact with its evidence, linking to the documents.
import cytoscape from "cytoscape";
import type { EntityGraph, Ontology } from "../../../src/server/api-types.js";
import { api, getOntology } from "../api.js";
import { h, mount } from "../dom.js";
import { factCard, swatch } from "../facts.js";

let current: cytoscape.Core | undefined;

export function destroyGraph(): void {
  current?.destroy();
  current = undefined;
}

function elements(g: EntityGraph, o: Ontology): cytoscape.ElementDefinition[] {
  const nodes = g.nodes.map((n) => ({
    data: {
      id: String(n.id), label: n.name, type: n.type, depth: n.depth, colour: o.entityTypes[n.type as keyof Ontology["entityTypes"]]?.colour ?? "#888",
      shape: o.entityTypes[n.type as keyof Ontology["entityTypes"]]?.shape ?? "ellipse", sanctioned: n.sanctioned ? 1 : 0, center: n.id === g.center ? 1 : 0,
    },
  }));
  const edges = g.edges.map((e) => ({
    data: {
      id: e.id, source: String(e.source), target: String(e.target), fact: e.fact, type: e.type, role: e.role,
      label: e.role === o.factTypes[e.type as keyof Ontology["factTypes"]]?.from[0] ? (o.factTypes[e.type as keyof Ontology["factTypes"]]?.label ?? e.type) : o.roleLabels[e.role] ?? e.role,
      colour: o.factTypes[e.type as keyof Ontology["factTypes"]]?.colour ?? "#999",
      line: o.statusLines[e.status] ?? "solid",
      width: o.certainty[e.certainty as keyof Ontology["certainty"]]?.width ?? 2,
      opacity: o.certainty[e.certainty as keyof Ontology["certainty"]]?.opacity ?? 1,
    },
  }));
  return [...nodes, ...edges];
}

function legend(o: Ontology): HTMLElement {
  return h("div", { class: "legend" },
    h("div", {}, h("strong", {}, "Edges: "), Object.values(o.factTypes).map((t) => h("span", { class: "legend-item" }, swatch(t.colour), t.label))),
    h("div", {}, h("strong", {}, "Lines: "), "solid = done (delivered, imposed) · dashed = intended (proposed, planned) · dotted = undone (cancelled, lifted) · thinner, fainter = less certain"),
    h("div", {}, h("strong", {}, "Nodes: "), Object.values(o.entityTypes).map((t) => h("span", { class: "legend-item" }, swatch(t.colour), t.label)),
      h("span", { class: "legend-item" }, swatch(o.sanctionedColour), "red ring = sanctioned (list hit or sanction target)")));
}

/**
 * Cytoscape adds a <style> element (position: relative on its container) unless one with this id exists; the
 * Content-Security-Policy blocks inline styles, so the rule lives in style.css and this marker stops the injection.
 */
function markCytoscapeStylesheet(): void {
  const id = "__________cytoscape_stylesheet";
  if (!document.getElementById(id)) document.head.appendChild(h("meta", { id, name: "cytoscape-style", content: "in style.css" }));
}

export async function graphPage(root: HTMLElement, ref: string, depth: number): Promise<void> {
  const [g, o] = await Promise.all([api.graph(ref, depth), getOntology()]);
  const center = g.nodes.find((n) => n.id === g.center);
  const canvas = h("div", { id: "graph", class: "graph", "data-nodes": g.nodes.length, "data-edges": g.edges.length });
  const side = h("aside", { class: "side", id: "evidence-panel" }, h("p", { class: "hint" }, "Click an edge to see the fact and its evidence; click a node to open its entity."));
  const depthLinks = [1, 2, 3].map((d) => d === depth ? h("strong", {}, String(d)) : h("a", { href: `#/graph/${g.center}?depth=${d}` }, String(d)));
  mount(root,
    h("h1", {}, "Network of ", h("a", { href: `#/entity/${g.center}` }, center?.name ?? ref)),
    h("p", { class: "meta" }, `${g.nodes.length} entities, ${g.edges.length} links · depth `, ...depthLinks.flatMap((l, i) => [i ? " " : "", l]), g.truncated ? " · cut short: the most-sourced facts are shown" : ""),
    legend(o),
    h("div", { class: "graph-wrap" }, canvas, side));
  destroyGraph();
  markCytoscapeStylesheet();
  current = cytoscape({
    container: canvas,
    elements: elements(g, o),
    wheelSensitivity: 0.3,
    // A small graph is not blown up to fill the canvas.
    maxZoom: 1.4, minZoom: 0.15,
    style: [
      { selector: "node", style: { "background-color": "data(colour)", shape: "data(shape)" as never, label: "data(label)", "font-size": 11, "text-valign": "bottom", "text-margin-y": 4, width: 26, height: 26, color: "#111" } },
      { selector: "node[center = 1]", style: { width: 38, height: 38, "font-weight": "bold" } },
      { selector: "node[sanctioned = 1]", style: { "border-width": 4, "border-color": o.sanctionedColour } },
      { selector: "edge", style: {
        "line-color": "data(colour)", "target-arrow-color": "data(colour)", "target-arrow-shape": "triangle", "curve-style": "bezier",
        width: "data(width)", opacity: "data(opacity)" as never, "line-style": "data(line)" as never, label: "data(label)", "font-size": 9, color: "#444",
        "text-rotation": "autorotate", "text-background-color": "#fff", "text-background-opacity": 0.8, "text-background-padding": "1px",
      } },
      { selector: "edge:selected", style: { "underlay-color": "#facc15", "underlay-opacity": 0.6, "underlay-padding": 4 } as never },
    ],
    // Rings by distance from the centre: an ego network reads best that way, and it is the same on every load.
    layout: { name: "concentric", concentric: (n: cytoscape.NodeSingular) => 10 - Number(n.data("depth")), levelWidth: () => 1, minNodeSpacing: 70, padding: 40, animate: false } as cytoscape.LayoutOptions,
  });
  const cy = current;
  // Tests and keyboard users reach edges through this list too (a canvas has no DOM per edge).
  const edgeList = h("ul", { class: "edge-list", id: "edge-list" }, g.edges.map((e) => {
    const a = g.nodes.find((n) => n.id === e.source)?.name ?? e.source, b = g.nodes.find((n) => n.id === e.target)?.name ?? e.target;
    return h("li", {}, h("button", { type: "button", class: "edge-button", "data-edge": e.id, "data-fact": e.fact, onClick: () => { cy.$(`[id = "${e.id}"]`).select(); void showFact(side, e.fact, o); } },
      `${a} → ${b}: ${o.roleLabels[e.role] ?? e.role}, ${e.type.replace(/_/g, " ")} (${e.status}, ${e.certainty})`));
  }));
  root.appendChild(h("details", { class: "edges" }, h("summary", {}, `All ${g.edges.length} links as a list`), edgeList));
  cy.on("tap", "edge", (ev) => { void showFact(side, Number(ev.target.data("fact")), o); });
  cy.on("tap", "node", (ev) => { location.hash = `#/entity/${ev.target.id()}`; });
  // Where each edge is drawn, for the browser tests to click the canvas like a person would.
  canvas.dataset.ready = "1";
  (window as unknown as { dossierGraph?: cytoscape.Core }).dossierGraph = cy;
}

async function showFact(side: HTMLElement, id: number, o: Ontology): Promise<void> {
  mount(side, h("p", { class: "hint" }, "Loading…"));
  const f = await api.fact(id);
  mount(side, h("h2", {}, `Fact #${f.id}`), factCard(f, o, { evidence: 20 }));
}
