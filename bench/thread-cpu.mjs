// Preloaded (`node --import`) into the `dossier ingest` the bench runs: at exit, prints the CPU seconds of the main
// thread (the single SQLite writer) to stderr, so the bench can tell its cost from the workers'. Linux (/proc) only.
import { readFileSync } from "node:fs";
import { isMainThread } from "node:worker_threads";

if (isMainThread) {
  process.on("exit", () => {
    try {
      // Fields 14 and 15 of /proc/<pid>/task/<tid>/stat: user and system time in clock ticks (100 per second).
      const f = readFileSync(`/proc/self/task/${process.pid}/stat`, "utf8").split(") ")[1]?.split(" ") ?? [];
      process.stderr.write(`main-thread-cpu ${((Number(f[11]) + Number(f[12])) / 100).toFixed(2)}\n`);
    } catch {
      // not Linux: the bench prints process CPU only
    }
  });
}
