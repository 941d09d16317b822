// Errors a store raises when its file cannot be used: they name the file and say what to do.
import { BadInputError, ConflictError } from "../errors.js";

/**
 * The store file is not a database, is damaged, or was written by a newer Dossier. `midway`: found by a command
 * already under way (a damaged page it read), which stopped there; its open transaction was rolled back.
 */
export class StoreCorruptError extends BadInputError {
  constructor(location: string, detail: string, midway = false) {
    super(midway
      ? `store ${location} is damaged (${detail}). The command stopped there and nothing it had not committed was written. Restore it from a backup or choose another file with --db.`
      : `store ${location} cannot be used: ${detail}. Nothing was written. Restore it from a backup or choose another file with --db.`);
    this.name = "StoreCorruptError";
  }
}

/** Another process holds the write lock for longer than we are willing to wait. */
export class StoreLockedError extends ConflictError {
  constructor(location: string) {
    super(`store ${location} is locked by another process; nothing was written. Try again when it has finished.`);
    this.name = "StoreLockedError";
  }
}
