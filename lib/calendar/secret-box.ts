// Seals short secrets kept in the database (feed tokens, Google OAuth tokens) with AES-256-GCM under a key derived
// from the server's auth secret, so a copy of the database alone does not hand out a person's calendar access.
import { createCipheriv, createDecipheriv, createHash, hkdfSync, randomBytes } from "node:crypto";
import { resolveAuthSecret } from "@/lib/auth/auth-secret";
import { getConfig } from "@/lib/config";

const keyLabel = "callpilot calendar secrets v1";
let cachedKey: { secret: string; key: Buffer } | undefined;

function key(): Buffer {
  const secret = resolveAuthSecret(getConfig());
  if (cachedKey?.secret !== secret) {
    cachedKey = { secret, key: Buffer.from(hkdfSync("sha256", secret, Buffer.alloc(0), keyLabel, 32)) };
  }
  return cachedKey.key;
}

/** "v1.<iv>.<tag>.<ciphertext>", base64url. */
export function seal(plain: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key(), iv);
  const body = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
  return ["v1", iv, cipher.getAuthTag(), body]
    .map((part) => (typeof part === "string" ? part : part.toString("base64url")))
    .join(".");
}

/** The plain text, or null when the value was sealed under another key (the auth secret changed) or tampered with. */
export function unseal(sealed: string): string | null {
  const [version, iv, tag, body] = sealed.split(".");
  if (version !== "v1" || !iv || !tag || body === undefined) return null;
  try {
    const decipher = createDecipheriv("aes-256-gcm", key(), Buffer.from(iv, "base64url"));
    decipher.setAuthTag(Buffer.from(tag, "base64url"));
    return Buffer.concat([decipher.update(Buffer.from(body, "base64url")), decipher.final()]).toString(
      "utf8",
    );
  } catch {
    return null;
  }
}

export function sha256Hex(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}
