// `dossier extract`: one text in, the extraction contract out (JSON) or a readable listing.
import { readFileSync } from "node:fs";
import type { Command } from "commander";
import { BadInputError, UsageError } from "../../errors.js";
import { extract } from "../../extract/index.js";
import { readTextDocument } from "../../ingest/readers/text.js";
import { decodeText, maxBytesFromEnv } from "../../text/decode.js";
import { parseIsoDate } from "../../time/resolve.js";
import { formatExtraction } from "../format.js";
import { writeStdout } from "../stdout.js";

interface ExtractFlags {
  json?: boolean;
  published?: string;
  title?: string;
  screen?: boolean;
  lists?: string;
}

export function readInput(file: string): { text: string; label: string } {
  if (!file.trim()) throw new UsageError("extract: the file name is empty (give FILE, or - for standard input)");
  const label = file === "-" ? "<stdin>" : file;
  let bytes: Buffer;
  try {
    bytes = readFileSync(file === "-" ? 0 : file);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw new BadInputError(`${label}: no such file`);
    if (code === "EISDIR") throw new BadInputError(`${label}: is a directory, not a text file`);
    throw new BadInputError(`${label}: cannot be read (${code ?? String(err)})`);
  }
  return { text: decodeText(bytes, label, maxBytesFromEnv()), label };
}

export function registerExtract(program: Command): void {
  program
    .command("extract")
    .description("extract entities and facts from one news text (FILE, or - for stdin)")
    .argument("<file>", "text file, or - for standard input")
    .option("--json", "print the extraction contract as JSON")
    .option("--published <date>", "publication date, YYYY-MM-DD (resolves 'last month', 'on Thursday')")
    .option("--title <title>", "document title")
    .option("--screen", "screen every person, company, organization, vessel and aircraft against the loaded lists")
    .option("--lists <dir>", "lists directory for --screen (env DOSSIER_LISTS, default ./.dossier/lists)")
    .action(async (file: string, flags: ExtractFlags) => {
      if (flags.published !== undefined && !parseIsoDate(flags.published)) {
        throw new UsageError(`--published must be a date as YYYY-MM-DD, got "${flags.published}"`);
      }
      const { text: raw } = readInput(file);
      // A "Source:/Title:/Published:" header gives the title and date the flags do not; it is blanked, not cut, so the
      // evidence offsets still count from the start of the file.
      const head = readTextDocument(raw, file);
      const text = head.text === raw ? raw : raw.slice(0, raw.length - head.text.length).replace(/[^\r\n]/g, " ") + head.text;
      const published = flags.published ?? head.published;
      const title = flags.title ?? head.title;
      const result = extract(text, { ...(published !== undefined ? { published } : {}), ...(title !== undefined ? { title } : {}) });
      if (flags.screen) {
        // Loaded only when asked for: the screening engine's tables would slow every plain extraction's start-up.
        const { loadLists, screenEntities } = await import("../../screen/index.js");
        const { FileListStore, listsDir } = await import("../../screen/store.js");
        const store = new FileListStore(listsDir(flags.lists));
        if (!(await store.sources()).length) {
          throw new UsageError(`--screen: no lists loaded in ${listsDir(flags.lists)} (run "dossier lists import FILE" first)`);
        }
        // A person's lone surname ("Kim") matches half a list; screen full names and multi-word aliases only.
        const names = result.entities.map((e) => (e.type === "person" && e.name.includes(" ") ? { ...e, aliases: e.aliases.filter((a) => a.includes(" ")) } : e));
        const screened = screenEntities(names, await loadLists(store));
        result.entities = result.entities.map((e, n) => ({ ...e, ...(screened[n]!.screening ? { screening: screened[n]!.screening } : {}) }));
      }
      // The command prints once: straight to the descriptor (see stdout.ts).
      writeStdout(flags.json ? `${JSON.stringify(result, null, 2)}\n` : formatExtraction(result, text));
    });
}
