// Every table of CallPilot in one place. Times are UTC instants (timestamp_ms); JSON columns hold zod-validated shapes.
import { sql } from "drizzle-orm";
import { index, integer, primaryKey, real, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";

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
    /**
     * Lines delivered from elsewhere (the spoken intake conversation, lib/voice/voice-transcript.ts) carry a key, so
     * a redelivered line is stored once; typed chat turns leave it null.
     */
    deliveryKey: text("delivery_key"),
    createdAt: createdAt(),
  },
  (table) => [
    index("task_messages_task_idx").on(table.taskId, table.id),
    uniqueIndex("task_messages_delivery_idx").on(table.taskId, table.deliveryKey),
  ],
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
    /** Google's business status for a discovered business; null for the directory's own rows. */
    businessStatus: text("business_status", {
      enum: ["operational", "closed_temporarily", "closed_permanently"],
    }),
    /** When discovery last fetched this business's details from Google Places; null for the directory's own rows. */
    refreshedAt: integer("refreshed_at", { mode: "timestamp_ms" }),
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
    // The admin table (newest first) and the overview (a date range).
    index("bookings_created_idx").on(table.createdAt, table.status),
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

export const callPurposes = ["inquiry", "confirmation", "release"] as const;
export type CallPurpose = (typeof callPurposes)[number];

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
    /**
     * inquiry: find a slot (and book it in auto mode); confirmation: book a slot the person chose; release: tell a
     * business that held a slot (review mode) that it is no longer needed.
     */
    purpose: text("purpose", { enum: callPurposes }).notNull().default("inquiry"),
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
    // The admin overview's calls per day.
    index("calls_created_idx").on(table.createdAt, table.status),
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

// ---------------------------------------------------------------------------------------------
// Admin area: the audit log, the do-not-call list, and bookings an admin marked resolved
// ---------------------------------------------------------------------------------------------

/** Append-only: every admin action, written in the same transaction as the change it records. */
export const adminAuditLog = sqliteTable(
  "admin_audit_log",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    /** Null once the admin's account is deleted; the email below still says who it was. */
    actorId: text("actor_id").references(() => user.id, { onDelete: "set null" }),
    actorEmail: text("actor_email").notNull(),
    /** What was done, "area.verb" (lib/admin/audit-actions.ts). */
    action: text("action").notNull(),
    targetType: text("target_type").notNull(),
    targetId: text("target_id").notNull(),
    /** What changed, JSON. */
    details: text("details", { mode: "json" })
      .notNull()
      .default(sql`'{}'`),
    createdAt: createdAt(),
  },
  (table) => [
    index("admin_audit_log_created_idx").on(table.createdAt),
    index("admin_audit_log_target_idx").on(table.targetType, table.targetId),
  ],
);
export type AdminAuditLogRow = typeof adminAuditLog.$inferSelect;

/** Numbers (E.164) the dispatcher must never dial, whoever lists them as their phone. */
export const doNotCallNumbers = sqliteTable("do_not_call_numbers", {
  phone: text("phone").primaryKey(),
  reason: text("reason"),
  addedBy: text("added_by").references(() => user.id, { onDelete: "set null" }),
  /** The call on which the business asked not to be called again (listed automatically); null when an admin listed it. */
  sourceCallId: text("source_call_id"),
  createdAt: createdAt(),
});
export type DoNotCallRow = typeof doNotCallNumbers.$inferSelect;

/** An admin's resolution of a booking: kept apart from the booking so the person's view never shows it. */
export const bookingResolutions = sqliteTable("booking_resolutions", {
  bookingId: text("booking_id")
    .primaryKey()
    .references(() => bookings.id, { onDelete: "cascade" }),
  note: text("note").notNull(),
  resolvedBy: text("resolved_by").references(() => user.id, { onDelete: "set null" }),
  resolvedByEmail: text("resolved_by_email").notNull(),
  resolvedAt: integer("resolved_at", { mode: "timestamp_ms" }).notNull(),
});
export type BookingResolutionRow = typeof bookingResolutions.$inferSelect;

// ---------------------------------------------------------------------------------------------
// The person's calendar: busy blocks, imported and subscribed calendars, the private feed, Google Calendar
// ---------------------------------------------------------------------------------------------

/** Times the person said by hand that they are busy. */
export const busyBlocks = sqliteTable(
  "busy_blocks",
  {
    id: text("id").primaryKey(),
    userId: text("user_id")
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    /** The person's own words; shown only to them, never to a business. */
    title: text("title"),
    startsAt: integer("starts_at", { mode: "timestamp_ms" }).notNull(),
    endsAt: integer("ends_at", { mode: "timestamp_ms" }).notNull(),
    createdAt: createdAt(),
  },
  (table) => [index("busy_blocks_user_idx").on(table.userId, table.startsAt)],
);
export type BusyBlockRow = typeof busyBlocks.$inferSelect;

/**
 * An imported .ics file or a subscribed .ics URL. The calendar text is kept as it was read and its events
 * (recurrences included) are expanded when a booking asks about a period, so any booking window is covered.
 */
export const calendarSources = sqliteTable(
  "calendar_sources",
  {
    id: text("id").primaryKey(),
    userId: text("user_id")
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    kind: text("kind", { enum: ["file", "url"] }).notNull(),
    name: text("name").notNull(),
    /** The subscribed address (http/https); null for an imported file. */
    url: text("url"),
    /** The zone that floating times and all-day events in this calendar mean (the person's zone when added). */
    timeZone: text("time_zone").notNull(),
    /** The last calendar text read successfully; null until a subscription's first successful fetch. */
    ics: text("ics"),
    /** sha256 of the text, so caches of its parsed events know when it changed. */
    contentHash: text("content_hash"),
    eventCount: integer("event_count").notNull().default(0),
    fetchedAt: integer("fetched_at", { mode: "timestamp_ms" }),
    lastAttemptAt: integer("last_attempt_at", { mode: "timestamp_ms" }),
    /** Why the last refresh failed, in a sentence; null after a success. */
    lastError: text("last_error"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (table) => [index("calendar_sources_user_idx").on(table.userId)],
);
export type CalendarSourceRow = typeof calendarSources.$inferSelect;

/** The person's private .ics feed of their booked appointments: one live token each; a new one retires the old. */
export const calendarFeeds = sqliteTable("calendar_feeds", {
  userId: text("user_id")
    .primaryKey()
    .references(() => user.id, { onDelete: "cascade" }),
  /** sha256 of the token: the lookup key, so the feed URL cannot be recovered from a copy of the database alone. */
  tokenHash: text("token_hash").notNull().unique(),
  /** The token sealed with the server's key, so the person's calendar page can show the URL again. */
  tokenSealed: text("token_sealed").notNull(),
  createdAt: createdAt(),
});
export type CalendarFeedRow = typeof calendarFeeds.$inferSelect;

/** A person's Google Calendar connection (OAuth tokens sealed with the server's key). */
export const googleCalendarConnections = sqliteTable("google_calendar_connections", {
  userId: text("user_id")
    .primaryKey()
    .references(() => user.id, { onDelete: "cascade" }),
  accessTokenSealed: text("access_token_sealed").notNull(),
  refreshTokenSealed: text("refresh_token_sealed"),
  accessTokenExpiresAt: integer("access_token_expires_at", { mode: "timestamp_ms" }).notNull(),
  scope: text("scope").notNull(),
  calendarId: text("calendar_id").notNull().default("primary"),
  /** Why the last use failed (revoked access, say), in a sentence; null while it works. */
  lastError: text("last_error"),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});
export type GoogleCalendarConnectionRow = typeof googleCalendarConnections.$inferSelect;

// ---------------------------------------------------------------------------------------------
// Twilio fallback: the scripted TwiML conversation of each Twilio call, keyed by Twilio's call SID
// ---------------------------------------------------------------------------------------------

export const twimlSteps = ["greeting", "asking_time", "confirming", "closed"] as const;
export type TwimlStep = (typeof twimlSteps)[number];

/**
 * Where a scripted call stands. Twilio's webhooks carry only the call SID (signed), so everything the next turn
 * needs lives here, never in a URL a caller could forge.
 */
export const twimlSessions = sqliteTable(
  "twiml_sessions",
  {
    callSid: text("call_sid").primaryKey(),
    callId: text("call_id")
      .notNull()
      .references(() => calls.id, { onDelete: "cascade" }),
    step: text("step", { enum: twimlSteps }).notNull(),
    /** Replies handled so far; every update is conditional on it, so a duplicated webhook cannot advance a call twice. */
    turn: integer("turn").notNull().default(0),
    /** The slot read back for confirmation while step is `confirming`. */
    slotStart: integer("slot_start", { mode: "timestamp_ms" }),
    /** Half an offer: a day said without a time (yyyy-MM-dd) or a time without a day (HH:mm), in the business's zone. */
    pendingDate: text("pending_date"),
    pendingTime: text("pending_time"),
    /** Retry counters: slots checked, replies not understood in a row, "hold on" pauses. */
    offers: integer("offers").notNull().default(0),
    unclearReplies: integer("unclear_replies").notNull().default(0),
    waits: integer("waits").notNull().default(0),
    /** Phone-menu keys pressed so far (issue 8), and the turn that followed the last press (a person may answer). */
    menuPresses: integer("menu_presses").notNull().default(0),
    menuPressedTurn: integer("menu_pressed_turn"),
    /** Twilio's answering-machine verdict on the first request (human, machine_end_beep, fax, unknown...). */
    answeredBy: text("answered_by"),
    /** What the call achieved, kept so a status callback can still end the call if the script never finished. */
    bookedSlotStart: integer("booked_slot_start", { mode: "timestamp_ms" }),
    summary: text("summary"),
    failureReason: text("failure_reason"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (table) => [index("twiml_sessions_call_idx").on(table.callId)],
);
export type TwimlSessionRow = typeof twimlSessions.$inferSelect;

// ---------------------------------------------------------------------------------------------
// ElevenLabs post-call webhooks (issue 3): verified events waiting to be processed
// ---------------------------------------------------------------------------------------------

/** A verified webhook is stored before it is acknowledged; processed events move to webhook_receipts. */
export const elevenLabsWebhookEvents = sqliteTable(
  "elevenlabs_webhook_events",
  {
    /** elevenlabs:<event type>:<conversation id>, the same key as the event's receipt. */
    key: text("key").primaryKey(),
    type: text("type").notNull(),
    /** The verified raw body, as ElevenLabs signed it. */
    body: text("body").notNull(),
    receivedAt: integer("received_at", { mode: "timestamp_ms" }).notNull(),
    attempts: integer("attempts").notNull().default(0),
    lastError: text("last_error"),
    failedAt: integer("failed_at", { mode: "timestamp_ms" }),
  },
  (table) => [index("elevenlabs_webhook_events_received_idx").on(table.receivedAt)],
);

// ---------------------------------------------------------------------------------------------
// Guardrails on real calls (issue 7): daily usage and its limits, consent, request-rate limits
// ---------------------------------------------------------------------------------------------

export const usageScopes = [
  "person_bookings",
  "person_calls",
  "person_llm_tokens",
  "number_calls",
  "all_calls",
] as const;
export type UsageScope = (typeof usageScopes)[number];

/**
 * How much of a daily allowance is used: bookings and calls per person, LLM tokens per person, calls per business
 * number, calls in all. A counter only grows by a conditional UPDATE that checks the limit in the same statement,
 * inside the write transaction of what it counts (db/usage-counters.ts), so concurrent requests cannot both pass.
 */
export const usageCounters = sqliteTable(
  "usage_counters",
  {
    scope: text("scope", { enum: usageScopes }).notNull(),
    /** A user id, an E.164 number, or "all". */
    key: text("key").notNull(),
    /** yyyy-MM-dd: the UTC day, or the business's local day for number_calls. */
    day: text("day").notNull(),
    used: integer("used").notNull().default(0),
    updatedAt: updatedAt(),
  },
  (table) => [primaryKey({ columns: [table.scope, table.key, table.day] })],
);
export type UsageCounterRow = typeof usageCounters.$inferSelect;

/** An admin's change to one person's daily limits; a null column keeps the configured default. */
export const personLimits = sqliteTable("person_limits", {
  userId: text("user_id")
    .primaryKey()
    .references(() => user.id, { onDelete: "cascade" }),
  bookingsPerDay: integer("bookings_per_day"),
  callsPerDay: integer("calls_per_day"),
  llmTokensPerDay: integer("llm_tokens_per_day"),
  updatedBy: text("updated_by").references(() => user.id, { onDelete: "set null" }),
  updatedAt: updatedAt(),
});
export type PersonLimitsRow = typeof personLimits.$inferSelect;

/** A person's consent to CallPilot calling businesses on their behalf, one row per version of the text agreed to. */
export const callConsents = sqliteTable(
  "call_consents",
  {
    userId: text("user_id")
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    /** Which wording was agreed to (lib/guardrails/consent.ts). */
    version: text("version").notNull(),
    givenAt: integer("given_at", { mode: "timestamp_ms" }).notNull(),
  },
  (table) => [primaryKey({ columns: [table.userId, table.version] })],
);
export type CallConsentRow = typeof callConsents.$inferSelect;

/** Request-rate limit points (rate-limiter-flexible's Drizzle store): one row per limiter key and window. */
export const rateLimitPoints = sqliteTable("rate_limit_points", {
  key: text("key").primaryKey(),
  points: integer("points").notNull(),
  expire: integer("expire", { mode: "timestamp_ms" }),
});

/** Better Auth's own rate limiter (its "database" storage), so its counts hold across instances too. */
export const rateLimit = sqliteTable("rate_limit", {
  id: text("id").primaryKey(),
  key: text("key").notNull().unique(),
  count: integer("count").notNull(),
  lastRequest: integer("last_request").notNull(),
});

// ---------------------------------------------------------------------------------------------
// Live questions to the person (issue 8, section 3)
// ---------------------------------------------------------------------------------------------

export const callQuestionStatuses = ["open", "answered", "expired"] as const;
export type CallQuestionStatus = (typeof callQuestionStatuses)[number];

/**
 * A receptionist's question the agent could not answer, put to the person live. Answered at most once: the answer
 * is one conditional UPDATE (status = 'open'), so two answers racing cannot both win.
 */
export const callQuestions = sqliteTable(
  "call_questions",
  {
    id: text("id").primaryKey(),
    bookingId: text("booking_id")
      .notNull()
      .references(() => bookings.id, { onDelete: "cascade" }),
    callId: text("call_id")
      .notNull()
      .references(() => calls.id, { onDelete: "cascade" }),
    providerId: text("provider_id").notNull(),
    text: text("text").notNull(),
    status: text("status", { enum: callQuestionStatuses }).notNull().default("open"),
    answer: text("answer"),
    /** "person" (typed on the booking page or the API) or "profile" (a pre-filled detail). */
    answeredBy: text("answered_by", { enum: ["person", "profile"] }),
    askedAt: integer("asked_at", { mode: "timestamp_ms" }).notNull(),
    answeredAt: integer("answered_at", { mode: "timestamp_ms" }),
  },
  (table) => [
    index("call_questions_booking_idx").on(table.bookingId, table.askedAt),
    index("call_questions_call_idx").on(table.callId),
  ],
);
export type CallQuestionRow = typeof callQuestions.$inferSelect;

/** Details a person lets agents give out without asking them (insurance, date of birth...); null = not given. */
export const clientProfiles = sqliteTable("client_profiles", {
  userId: text("user_id")
    .primaryKey()
    .references(() => user.id, { onDelete: "cascade" }),
  insuranceProvider: text("insurance_provider"),
  dateOfBirth: text("date_of_birth"),
  petName: text("pet_name"),
  callbackNumber: text("callback_number"),
  updatedAt: updatedAt(),
});
export type ClientProfileRow = typeof clientProfiles.$inferSelect;

// ---------------------------------------------------------------------------------------------
// Hold-then-confirm (issue 8): slots a business agreed to hold for the person in review mode
// ---------------------------------------------------------------------------------------------

/**
 * requested: the agent asked on the call; agreed: the call ended well, the business holds it until held_until;
 * declined: the call did not end with the hold agreed; booked: the person chose it and it was booked; releasing /
 * released: a release call is queued / done; expired: held_until passed first (no release call needed).
 */
export const slotHoldStatuses = [
  "requested",
  "agreed",
  "declined",
  "booked",
  "releasing",
  "released",
  "expired",
] as const;
export type SlotHoldStatus = (typeof slotHoldStatuses)[number];

export const slotHolds = sqliteTable(
  "slot_holds",
  {
    id: text("id").primaryKey(),
    bookingId: text("booking_id")
      .notNull()
      .references(() => bookings.id, { onDelete: "cascade" }),
    callId: text("call_id")
      .notNull()
      .references(() => calls.id, { onDelete: "cascade" }),
    providerId: text("provider_id").notNull(),
    slotStart: integer("slot_start", { mode: "timestamp_ms" }).notNull(),
    slotEnd: integer("slot_end", { mode: "timestamp_ms" }).notNull(),
    heldUntil: integer("held_until", { mode: "timestamp_ms" }).notNull(),
    status: text("status", { enum: slotHoldStatuses }).notNull().default("requested"),
    /** The release call queued for this hold, once there is one. */
    releaseCallId: text("release_call_id"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (table) => [
    uniqueIndex("slot_holds_call_slot_idx").on(table.callId, table.slotStart),
    index("slot_holds_booking_idx").on(table.bookingId),
  ],
);
export type SlotHoldRow = typeof slotHolds.$inferSelect;
