// Every table of CallPilot in one place. Times are UTC instants (timestamp_ms); JSON columns hold zod-validated shapes.
import { sql } from "drizzle-orm";
import { index, integer, real, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";

const createdAt = () =>
  integer("created_at", { mode: "timestamp_ms" })
    .notNull()
    .default(sql`(unixepoch('subsec') * 1000)`);
const updatedAt = () =>
  integer("updated_at", { mode: "timestamp_ms" })
    .notNull()
    .default(sql`(unixepoch('subsec') * 1000)`);

// ---------------------------------------------------------------------------------------------
// People and sessions (Better Auth core tables + the anonymous and admin plugins' fields)
// ---------------------------------------------------------------------------------------------

export const user = sqliteTable("user", {
  id: text("id").primaryKey(),
  name: text("name").notNull(),
  email: text("email").notNull().unique(),
  emailVerified: integer("email_verified", { mode: "boolean" }).notNull().default(false),
  image: text("image"),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
  isAnonymous: integer("is_anonymous", { mode: "boolean" }).default(false),
  role: text("role").default("user"),
  banned: integer("banned", { mode: "boolean" }).default(false),
  banReason: text("ban_reason"),
  banExpires: integer("ban_expires", { mode: "timestamp_ms" }),
});
export type User = typeof user.$inferSelect;

export const session = sqliteTable(
  "session",
  {
    id: text("id").primaryKey(),
    expiresAt: integer("expires_at", { mode: "timestamp_ms" }).notNull(),
    token: text("token").notNull().unique(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    ipAddress: text("ip_address"),
    userAgent: text("user_agent"),
    userId: text("user_id")
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    impersonatedBy: text("impersonated_by"),
  },
  (table) => [index("session_user_idx").on(table.userId)],
);

export const account = sqliteTable(
  "account",
  {
    id: text("id").primaryKey(),
    accountId: text("account_id").notNull(),
    providerId: text("provider_id").notNull(),
    userId: text("user_id")
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    accessToken: text("access_token"),
    refreshToken: text("refresh_token"),
    idToken: text("id_token"),
    accessTokenExpiresAt: integer("access_token_expires_at", { mode: "timestamp_ms" }),
    refreshTokenExpiresAt: integer("refresh_token_expires_at", { mode: "timestamp_ms" }),
    scope: text("scope"),
    password: text("password"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (table) => [index("account_user_idx").on(table.userId)],
);

export const verification = sqliteTable(
  "verification",
  {
    id: text("id").primaryKey(),
    identifier: text("identifier").notNull(),
    value: text("value").notNull(),
    expiresAt: integer("expires_at", { mode: "timestamp_ms" }).notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (table) => [index("verification_identifier_idx").on(table.identifier)],
);

// ---------------------------------------------------------------------------------------------
// Intake: a task is one conversation that ends in a booking request
// ---------------------------------------------------------------------------------------------

export const tasks = sqliteTable(
  "tasks",
  {
    id: text("id").primaryKey(),
    userId: text("user_id")
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    status: text("status", { enum: ["gathering_info", "ready_to_call", "requires_user_attention"] })
      .notNull()
      .default("gathering_info"),
    /** The extracted booking request (lib/intake/booking-request.ts), JSON. */
    extracted: text("extracted", { mode: "json" }).notNull(),
    /** Why the task needs the person's attention, in a sentence; null otherwise. */
    attention: text("attention"),
    timeZone: text("time_zone").notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (table) => [index("tasks_user_idx").on(table.userId, table.createdAt)],
);
export type TaskRow = typeof tasks.$inferSelect;

export const taskMessages = sqliteTable(
  "task_messages",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    taskId: text("task_id")
      .notNull()
      .references(() => tasks.id, { onDelete: "cascade" }),
    role: text("role", { enum: ["user", "assistant"] }).notNull(),
    content: text("content").notNull(),
    createdAt: createdAt(),
  },
  (table) => [index("task_messages_task_idx").on(table.taskId, table.id)],
);
export type TaskMessageRow = typeof taskMessages.$inferSelect;

// ---------------------------------------------------------------------------------------------
// Providers: the businesses CallPilot may phone
// ---------------------------------------------------------------------------------------------

export const providers = sqliteTable(
  "providers",
  {
    id: text("id").primaryKey(),
    name: text("name").notNull(),
    serviceType: text("service_type").notNull(),
    /** E.164, or null when a discovered business publishes no number (never called). */
    phone: text("phone"),
    address: text("address").notNull(),
    city: text("city").notNull(),
    country: text("country").notNull(),
    latitude: real("latitude").notNull(),
    longitude: real("longitude").notNull(),
    timeZone: text("time_zone").notNull(),
    rating: real("rating"),
    /** Weekly opening hours in the provider's own time zone (lib/providers/opening-hours.ts), JSON. */
    openingHours: text("opening_hours", { mode: "json" }).notNull(),
    source: text("source", { enum: ["demo", "google", "admin", "import"] }).notNull(),
    externalRef: text("external_ref"),
    /** How the simulated dialer's receptionist behaves for this business (demo data); null derives it from the id. */
    simulationProfile: text("simulation_profile"),
    disabled: integer("disabled", { mode: "boolean" }).notNull().default(false),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (table) => [
    index("providers_service_idx").on(table.serviceType, table.disabled),
    uniqueIndex("providers_external_ref_idx").on(table.source, table.externalRef),
  ],
);
export type ProviderRow = typeof providers.$inferSelect;
export type NewProviderRow = typeof providers.$inferInsert;

// ---------------------------------------------------------------------------------------------
// Bookings, calls and their events
// ---------------------------------------------------------------------------------------------

export const bookingStatuses = [
  "processing",
  "awaiting_choice",
  "confirming",
  "booked",
  "failed",
  "canceled",
] as const;
export type BookingStatus = (typeof bookingStatuses)[number];

export const bookings = sqliteTable(
  "bookings",
  {
    id: text("id").primaryKey(),
    /** One booking per task: the unique key is what makes a repeated confirm idempotent. */
    taskId: text("task_id").references(() => tasks.id, { onDelete: "set null" }),
    userId: text("user_id")
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    status: text("status", { enum: bookingStatuses }).notNull().default("processing"),
    mode: text("mode", { enum: ["auto", "review"] }).notNull(),
    swarmSize: integer("swarm_size").notNull(),
    /** The booking request as it was confirmed (window resolved), JSON. */
    request: text("request", { mode: "json" }).notNull(),
    timeZone: text("time_zone").notNull(),
    /** Where the person is, geocoded once at confirmation, JSON or null. */
    origin: text("origin", { mode: "json" }),
    /** Businesses considered and not called, each with the reason the person sees, JSON. */
    skipped: text("skipped", { mode: "json" })
      .notNull()
      .default(sql`'[]'`),
    bookedCallId: text("booked_call_id"),
    bookedProviderId: text("booked_provider_id"),
    bookedSlotStart: integer("booked_slot_start", { mode: "timestamp_ms" }),
    bookedSlotEnd: integer("booked_slot_end", { mode: "timestamp_ms" }),
    bookedAt: integer("booked_at", { mode: "timestamp_ms" }),
    statusReason: text("status_reason"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (table) => [
    uniqueIndex("bookings_task_idx").on(table.taskId),
    index("bookings_user_idx").on(table.userId, table.createdAt),
    index("bookings_booked_slot_idx").on(table.userId, table.bookedSlotStart),
  ],
);
export type BookingRow = typeof bookings.$inferSelect;

export const callStatuses = [
  "queued",
  "scheduled",
  "dialing",
  "in_progress",
  "completed",
  "no_answer",
  "busy",
  "voicemail",
  "failed",
  "canceled",
] as const;
export type CallStatus = (typeof callStatuses)[number];
export const terminalCallStatuses: readonly CallStatus[] = [
  "completed",
  "no_answer",
  "busy",
  "voicemail",
  "failed",
  "canceled",
];
export const pendingCallStatuses: readonly CallStatus[] = ["queued", "scheduled"];
export const liveCallStatuses: readonly CallStatus[] = ["dialing", "in_progress"];

export const calls = sqliteTable(
  "calls",
  {
    id: text("id").primaryKey(),
    bookingId: text("booking_id")
      .notNull()
      .references(() => bookings.id, { onDelete: "cascade" }),
    providerId: text("provider_id")
      .notNull()
      .references(() => providers.id),
    userId: text("user_id")
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    /** inquiry: find a slot (and book it in auto mode); confirmation: book a slot the person chose. */
    purpose: text("purpose", { enum: ["inquiry", "confirmation"] })
      .notNull()
      .default("inquiry"),
    status: text("status", { enum: callStatuses }).notNull().default("queued"),
    attempt: integer("attempt").notNull().default(1),
    previousCallId: text("previous_call_id"),
    /** Not before this instant (next opening hour, or a retry's delay); null means now. */
    scheduledFor: integer("scheduled_for", { mode: "timestamp_ms" }),
    claimToken: text("claim_token"),
    leaseExpiresAt: integer("lease_expires_at", { mode: "timestamp_ms" }),
    dialer: text("dialer"),
    externalId: text("external_id"),
    externalCallSid: text("external_call_sid"),
    /** The number actually dialed when CALL_REDIRECT_TO diverted the call; null when the provider was dialed. */
    redirectedTo: text("redirected_to"),
    distanceKm: real("distance_km"),
    /** The slot a confirmation call must book, JSON { start, end }. */
    targetSlot: text("target_slot", { mode: "json" }),
    offeredSlots: text("offered_slots", { mode: "json" })
      .notNull()
      .default(sql`'[]'`),
    /** The normalised outcome (lib/calls/call-outcome.ts), JSON, once the call ended. */
    outcome: text("outcome", { mode: "json" }),
    failureReason: text("failure_reason"),
    startedAt: integer("started_at", { mode: "timestamp_ms" }),
    endedAt: integer("ended_at", { mode: "timestamp_ms" }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (table) => [
    index("calls_booking_idx").on(table.bookingId),
    index("calls_queue_idx").on(table.status, table.scheduledFor),
    index("calls_external_idx").on(table.externalId),
    index("calls_external_sid_idx").on(table.externalCallSid),
  ],
);
export type CallRow = typeof calls.$inferSelect;

/** Append-only: the live booking page and the admin timeline read it; nothing updates or deletes a row. */
export const callEvents = sqliteTable(
  "call_events",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    bookingId: text("booking_id")
      .notNull()
      .references(() => bookings.id, { onDelete: "cascade" }),
    callId: text("call_id"),
    type: text("type").notNull(),
    payload: text("payload", { mode: "json" }).notNull(),
    createdAt: createdAt(),
  },
  (table) => [
    index("call_events_booking_idx").on(table.bookingId, table.id),
    index("call_events_call_idx").on(table.callId, table.id),
  ],
);
export type CallEventRow = typeof callEvents.$inferSelect;

/** One row per processed webhook delivery, so a redelivered event changes nothing the second time. */
export const webhookReceipts = sqliteTable("webhook_receipts", {
  key: text("key").primaryKey(),
  createdAt: createdAt(),
});
