// `lists fetch`: downloads the current official files from their publishers (or a mirror) and imports them.
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { BadInputError, UsageError } from "../errors.js";

export interface PublishedFile {
  /** Where the publisher serves it. */
  url: string;
  /** The name it is saved under (and looked for under a mirror's base URL). */
  file: string;
}

/** The publishers' own download addresses, as of 2024–2026. */
export const PUBLISHERS: Readonly<Record<string, readonly PublishedFile[]>> = {
  us_ofac_sdn: [
    { url: "https://sanctionslistservice.ofac.treas.gov/api/PublicationPreview/exports/SDN.CSV", file: "sdn.csv" },
    { url: "https://sanctionslistservice.ofac.treas.gov/api/PublicationPreview/exports/ADD.CSV", file: "add.csv" },
    { url: "https://sanctionslistservice.ofac.treas.gov/api/PublicationPreview/exports/ALT.CSV", file: "alt.csv" },
    { url: "https://sanctionslistservice.ofac.treas.gov/api/PublicationPreview/exports/SDN_COMMENTS.CSV", file: "sdn_comments.csv" },
  ],
  us_ofac_sdn_xml: [{ url: "https://sanctionslistservice.ofac.treas.gov/api/PublicationPreview/exports/SDN.XML", file: "sdn.xml" }],
  us_ofac_cons: [
    { url: "https://sanctionslistservice.ofac.treas.gov/api/PublicationPreview/exports/CONS_PRIM.CSV", file: "cons_prim.csv" },
    { url: "https://sanctionslistservice.ofac.treas.gov/api/PublicationPreview/exports/CONS_ADD.CSV", file: "cons_add.csv" },
    { url: "https://sanctionslistservice.ofac.treas.gov/api/PublicationPreview/exports/CONS_ALT.CSV", file: "cons_alt.csv" },
    { url: "https://sanctionslistservice.ofac.treas.gov/api/PublicationPreview/exports/CONS_COMMENTS.CSV", file: "cons_comments.csv" },
  ],
  us_ofac_cons_xml: [{ url: "https://sanctionslistservice.ofac.treas.gov/api/PublicationPreview/exports/CONSOLIDATED.XML", file: "consolidated.xml" }],
  un_sc: [{ url: "https://scsanctions.un.org/resources/xml/en/consolidated.xml", file: "UN_consolidated.xml" }],
  us_trade_csl: [{ url: "https://data.trade.gov/downloadable_consolidated_screening_list/v1/consolidated.csv", file: "consolidated.csv" }],
  us_bis_dpl: [{ url: "https://www.bis.doc.gov/dpl/dpl.txt", file: "dpl.txt" }],
};

/** The sources `lists fetch` takes when none is named (the XML twins are there to pick by hand). */
export const DEFAULT_FETCH = ["us_ofac_sdn", "us_ofac_cons", "un_sc", "us_trade_csl", "us_bis_dpl"];

const TIMEOUT_MS = 120_000;

export interface Downloaded {
  source: string;
  dir: string;
  files: string[];
}

/** Downloads one source's files into a fresh temporary folder; the caller imports and then removes it. */
export async function download(source: string, baseUrl?: string): Promise<Downloaded> {
  const files = PUBLISHERS[source];
  if (!files) throw new UsageError(`unknown source ${source}; known: ${Object.keys(PUBLISHERS).join(", ")}`);
  const dir = await mkdtemp(join(tmpdir(), `dossier-${source}-`));
  const out: string[] = [];
  try {
    for (const f of files) {
      const url = baseUrl ? `${baseUrl.replace(/\/+$/, "")}/${f.file}` : f.url;
      let res: Response;
      try {
        res = await fetch(url, { signal: AbortSignal.timeout(TIMEOUT_MS) });
      } catch (err) {
        throw new BadInputError(`${url}: download failed (${(err as Error).message}); is the machine online?`);
      }
      if (!res.ok) throw new BadInputError(`${url}: HTTP ${res.status}`);
      const path = join(dir, f.file);
      await writeFile(path, Buffer.from(await res.arrayBuffer()));
      out.push(path);
    }
  } catch (err) {
    await rm(dir, { recursive: true, force: true });
    throw err;
  }
  return { source, dir, files: out };
}
