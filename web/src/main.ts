// The web UI's router: #/… routes to pages; every page renders through dom.ts, so text is never parsed as HTML.
import "./style.css";
import { h, mount } from "./dom.js";
import { documentPage, documentsPage } from "./pages/document.js";
import { entityPage } from "./pages/entity.js";
import { destroyGraph, graphPage } from "./pages/graph.js";
import { screenPage } from "./pages/screen.js";
import { searchPage } from "./pages/search.js";
import { timelinePage } from "./pages/timeline.js";

const root = document.getElementById("app") as HTMLElement;

async function route(): Promise<void> {
  const [path = "", query = ""] = location.hash.replace(/^#/, "").split("?");
  const params = new URLSearchParams(query);
  const parts = path.split("/").filter(Boolean).map(decodeURIComponent);
  destroyGraph();
  document.body.dataset.page = parts[0] ?? "search";
  root.dataset.state = "loading";
  try {
    switch (parts[0]) {
      case undefined: await searchPage(root, params.get("q") ?? ""); break;
      case "entity": await entityPage(root, parts[1] ?? ""); break;
      case "graph": await graphPage(root, parts[1] ?? "", Number(params.get("depth") ?? 1) || 1); break;
      case "timeline": await timelinePage(root, parts[1] ?? ""); break;
      case "doc": await documentPage(root, parts[1] ?? "", params.has("fact") ? Number(params.get("fact")) : undefined); break;
      case "documents": await documentsPage(root); break;
      case "screen": await screenPage(root, params.get("q") ?? "", params.get("kind") ?? ""); break;
      default: mount(root, h("h1", {}, "Not found"), h("p", {}, h("a", { href: "#/" }, "Back to search")));
    }
  } catch (err) {
    mount(root, h("h1", {}, "Something went wrong"), h("p", { class: "error" }, err instanceof Error ? err.message : String(err)));
  }
  root.dataset.state = "ready";
  document.title = `${document.querySelector("h1")?.textContent ?? "Dossier"} · Dossier`;
}

window.addEventListener("hashchange", () => { void route(); });
void route();
