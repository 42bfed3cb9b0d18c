// Better Auth's signing secret: BETTER_AUTH_SECRET when set; otherwise generated once and kept in the data folder,
// so sessions survive restarts on a machine with no .env. Several app instances must share one set secret.
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import type { AppConfig } from "@/lib/config";
import { logger } from "@/lib/logger";

export function resolveAuthSecret(config: AppConfig): string {
  if (config.BETTER_AUTH_SECRET) return config.BETTER_AUTH_SECRET;
  const file = path.join(config.DATA_DIR, "auth-secret");
  try {
    const stored = fs.readFileSync(file, "utf8").trim();
    if (stored.length >= 32) return stored;
  } catch {
    // Not there yet: generated below.
  }
  const secret = randomBytes(32).toString("hex");
  fs.mkdirSync(config.DATA_DIR, { recursive: true });
  // wx: if another process wrote it first, use theirs.
  try {
    fs.writeFileSync(file, secret + "\n", { mode: 0o600, flag: "wx" });
  } catch {
    return fs.readFileSync(file, "utf8").trim();
  }
  logger.info(
    `BETTER_AUTH_SECRET is not set: generated a secret and stored it in ${file}. Set BETTER_AUTH_SECRET when running more than one instance.`,
  );
  return secret;
}
