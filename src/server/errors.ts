// The one place an error becomes an HTTP response: Dossier errors by code, HTTP errors by status, anything else a 500.
import type { Context } from "hono";
import { HTTPException } from "hono/http-exception";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import { DossierError, type ErrorCode } from "../errors.js";

const STATUS: Record<ErrorCode, ContentfulStatusCode> = { bad_input: 400, usage: 400, not_found: 404, conflict: 409, too_large: 413 };

export interface ErrorBody {
  error: { code: string; message: string };
}

export function errorResponse(err: Error, c: Context): Response {
  if (err instanceof DossierError) return c.json<ErrorBody>({ error: { code: err.code, message: err.message } }, STATUS[err.code]);
  if (err instanceof HTTPException) {
    const status = err.status as ContentfulStatusCode;
    const code = status === 401 ? "unauthorized" : status === 403 ? "forbidden" : status === 413 ? "too_large" : status === 404 ? "not_found" : "http_error";
    const res = c.json<ErrorBody>({ error: { code, message: err.message || "request failed" } }, status);
    if (status === 401) res.headers.set("WWW-Authenticate", 'Bearer realm="dossier"');
    return res;
  }
  // Internal details stay in the server log, not in the response.
  console.error(err);
  return c.json<ErrorBody>({ error: { code: "internal", message: "internal error (see the server log)" } }, 500);
}
