// Wake-up signals between writers and readers — "this booking has new events", "this job queue has work" — that
// reach every instance. They carry no data (a reader always reads the tables), so a lost or doubled signal costs a
// read, never an event. On PostgreSQL a signal is a NOTIFY sent inside the writing transaction, delivered to every
// instance's LISTEN session at commit; on SQLite, where every writer is this process, an in-process emitter fires
// once the transaction commits.
import { EventEmitter } from "node:events";
import { sql } from "drizzle-orm";
import pg from "pg";
import { logger } from "@/lib/logger";
import { afterCommit, currentDialect, getDb, postgresTarget } from "./client";

export type Channel = "booking" | "jobs";

const channelNames: Record<Channel, string> = { booking: "callpilot_booking", jobs: "callpilot_jobs" };
const reconnectDelayMs = 500;

/** Signals readers of `key` on `channel`, as part of the open transaction when there is one. */
export async function announce(channel: Channel, key: string): Promise<void> {
  if (currentDialect() === "postgresql") {
    await getDb().execute(sql`select pg_notify(${channelNames[channel]}, ${key})`);
    return;
  }
  afterCommit(() => emitter().emit(`${channel}:${key}`));
}

/** Calls the listener on each signal for `key` (and after a lost LISTEN session reconnects); returns the unsubscribe. */
export function listen(channel: Channel, key: string, listener: () => void): () => void {
  const name = `${channel}:${key}`;
  const events = emitter();
  events.on(name, listener);
  events.on("resync", listener);
  if (currentDialect() === "postgresql") ensureListening();
  return () => {
    events.off(name, listener);
    events.off("resync", listener);
  };
}

interface ListenState {
  emitter: EventEmitter;
  client?: pg.Client;
  connecting?: boolean;
  stopped?: boolean;
}

const stateKey = Symbol.for("callpilot.notifications");
type Holder = { [stateKey]?: ListenState };

function state(): ListenState {
  const holder = globalThis as Holder;
  if (!holder[stateKey]) {
    const events = new EventEmitter();
    events.setMaxListeners(0);
    holder[stateKey] = { emitter: events };
  }
  return holder[stateKey];
}

function emitter(): EventEmitter {
  return state().emitter;
}

/** One LISTEN session per process, reopened when it drops; listeners re-read after a reconnect (missed signals). */
function ensureListening(): void {
  const current = state();
  if (current.client || current.connecting || current.stopped) return;
  const target = postgresTarget();
  if (!target) return;
  current.connecting = true;
  const client = new pg.Client({ connectionString: target.url, application_name: "callpilot-listen" });
  let dropped = false;
  const reconnect = (error?: unknown) => {
    if (dropped) return;
    dropped = true;
    if (error) logger.warn("the LISTEN session dropped; reconnecting", { error });
    current.client = undefined;
    current.connecting = false;
    client.removeAllListeners();
    client.end().catch(() => undefined);
    if (!current.stopped) setTimeout(ensureListening, reconnectDelayMs).unref();
  };
  client.on("notification", (message) => {
    const channel = (Object.keys(channelNames) as Channel[]).find(
      (key) => channelNames[key] === message.channel,
    );
    if (channel && message.payload) current.emitter.emit(`${channel}:${message.payload}`);
  });
  client.on("error", reconnect);
  client.on("end", () => reconnect());
  client
    .connect()
    .then(() => client.query(`listen ${channelNames.booking}; listen ${channelNames.jobs}`))
    .then(() => {
      current.client = client;
      current.connecting = false;
      // Anything written while no session listened is read now.
      current.emitter.emit("resync");
    })
    .catch(reconnect);
}

/** Closes the LISTEN session (tests, shutdown). */
export async function stopListening(): Promise<void> {
  const current = state();
  current.stopped = true;
  const client = current.client;
  current.client = undefined;
  if (client) {
    client.removeAllListeners();
    await client.end().catch(() => undefined);
  }
  current.stopped = false;
}
