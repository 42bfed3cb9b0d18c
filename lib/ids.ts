// Identifiers: random, URL-safe, prefixed by kind so a log line says what an id is.
import { randomBytes } from "node:crypto";

export type IdKind = "task" | "bkg" | "call" | "prov" | "evt" | "busy" | "cal" | "qst" | "hold" | "pv";

export function newId(kind: IdKind): string {
  return `${kind}_${randomBytes(12).toString("base64url")}`;
}
