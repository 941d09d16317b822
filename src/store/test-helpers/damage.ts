// Damages one table of a closed SQLite store file: its root page overwritten with junk, the rest of the file intact,
// so the store still opens and the damage is met only by a query that reads the table.
import { closeSync, openSync, writeSync } from "node:fs";
import Database from "better-sqlite3";

export function damageTable(file: string, table: string): void {
  const db = new Database(file);
  db.pragma("wal_checkpoint(TRUNCATE)");
  const pageSize = Number(db.pragma("page_size", { simple: true }));
  const root = Number((db.prepare("SELECT rootpage FROM sqlite_master WHERE name = ?").get(table) as { rootpage: number }).rootpage);
  db.close();
  const fd = openSync(file, "r+");
  try {
    writeSync(fd, Buffer.alloc(pageSize, 0x5a), 0, pageSize, (root - 1) * pageSize);
  } finally {
    closeSync(fd);
  }
}
