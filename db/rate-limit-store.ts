// The store behind CallPilot's request-rate limits: rate-limiter-flexible's Drizzle limiter over our own table
// (rate_limit_points), on SQLite or PostgreSQL, so every instance sharing the database shares the counts. Each
// consume is one atomic upsert. One limiter per rule, made on first use.
import { RateLimiterDrizzle } from "rate-limiter-flexible";
import { getDb, type Db } from "./client";
import { rateLimitPoints } from "./schema";

export interface RateRule {
  /** Names the rule in the stored keys ("chat:person"). */
  name: string;
  points: number;
  durationSeconds: number;
}

// Keyed by the database object: a test that opens another database file gets limiters over that one.
const limitersKey = Symbol.for("callpilot.rate-limiters");
type Holder = { [limitersKey]?: WeakMap<Db, Map<string, RateLimiterDrizzle>> };

export function rateLimiterFor(rule: RateRule): RateLimiterDrizzle {
  const holder = globalThis as Holder;
  const byDb = (holder[limitersKey] ??= new WeakMap());
  const db = getDb();
  let limiters = byDb.get(db);
  if (!limiters) byDb.set(db, (limiters = new Map()));
  const key = `${rule.name}|${rule.points}|${rule.durationSeconds}`;
  let limiter = limiters.get(key);
  if (!limiter) {
    limiter = new RateLimiterDrizzle({
      storeClient: db,
      schema: rateLimitPoints,
      keyPrefix: rule.name,
      points: rule.points,
      duration: rule.durationSeconds,
    });
    limiters.set(key, limiter);
  }
  return limiter;
}
