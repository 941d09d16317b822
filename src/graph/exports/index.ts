// The export formats by name.
import type { StoreReader } from "../../store/store.js";
import { exportCsv } from "./csv.js";
import { exportFtm } from "./ftm.js";
import { exportGexf } from "./gexf.js";
import { exportGraphml } from "./graphml.js";
import { exportJson } from "./json.js";

export const EXPORT_FORMATS = ["ftm", "gexf", "graphml", "csv", "json"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export function exporter(format: ExportFormat): (store: StoreReader) => AsyncIterable<string> {
  switch (format) {
    case "ftm": return exportFtm;
    case "gexf": return exportGexf;
    case "graphml": return exportGraphml;
    case "csv": return exportCsv;
    case "json": return exportJson;
    default: return format satisfies never;
  }
}
