// Query-string parsing that turns a bad value into a BadInputError naming the parameter.
import { BadInputError } from "../errors.js";

export function intParam(v: string | undefined, name: string, def: number, min: number, max: number): number {
  if (v === undefined || v === "") return def;
  const n = Number(v);
  if (!Number.isInteger(n) || n < min || n > max) throw new BadInputError(`${name} must be a whole number from ${min} to ${max}, not "${v}"`);
  return n;
}

export function numParam(v: string | undefined, name: string, def: number, min: number, max: number): number {
  if (v === undefined || v === "") return def;
  const n = Number(v);
  if (!Number.isFinite(n) || n < min || n > max) throw new BadInputError(`${name} must be a number from ${min} to ${max}, not "${v}"`);
  return n;
}

export function requiredParam(v: string | undefined, name: string): string {
  if (v === undefined || !v.trim()) throw new BadInputError(`the query parameter ${name} is required`);
  if (v.length > 500) throw new BadInputError(`${name} is longer than 500 characters`);
  return v.trim();
}

const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

/** "2023" → "2023-01-01" (since) / "2023-12-31" (until), as `dossier facts` reads them. */
export function dateParam(v: string | undefined, name: string, end: boolean): string | undefined {
  if (v === undefined || v === "") return undefined;
  if (!DATE.test(v)) throw new BadInputError(`${name} takes YYYY, YYYY-MM or YYYY-MM-DD, not "${v}"`);
  if (v.length === 10) return v;
  if (v.length === 7) return end ? `${v}-31` : `${v}-01`;
  return end ? `${v}-12-31` : `${v}-01-01`;
}
