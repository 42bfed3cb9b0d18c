// Every table of CallPilot in one place, for SQLite and PostgreSQL alike (db/schema-kit.ts). Times are UTC instants;
// JSON columns hold zod-validated shapes.
import { databaseDialect } from "./dialect";
import { schemaKit } from "./schema-kit";

// The dialect is fixed for the life of the process (DATABASE_URL), so the tables are built once, at import.
const k = schemaKit(databaseDialect());

const createdAt = () => k.instant("created_at").notNull().default(k.now);
const updatedAt = () => k.instant("updated_at").notNull().default(k.now);

// ---------------------------------------------------------------------------------------------
// People and sessions (Better Auth core tables + the anonymous and admin plugins' fields)
// ---------------------------------------------------------------------------------------------

export const user = k.table("user", {
  id: k.text("id").primaryKey(),
  name: k.text("name").notNull(),
  email: k.text("email").notNull().unique(),
  emailVerified: k.flag("email_verified").notNull().default(false),
  image: k.text("image"),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
  isAnonymous: k.flag("is_anonymous").default(false),
  role: k.text("role").default("user"),
  banned: k.flag("banned").default(false),
  banReason: k.text("ban_reason"),
  banExpires: k.instant("ban_expires"),
});
export type User = typeof user.$inferSelect;

export const session = k.table(
  "session",
  {
    id: k.text("id").primaryKey(),
    expiresAt: k.instant("expires_at").notNull(),
    token: k.text("token").notNull().unique(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    ipAddress: k.text("ip_address"),
    userAgent: k.text("user_agent"),
    userId: k
      .text("user_id")
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    impersonatedBy: k.text("impersonated_by"),
  },
  (table) => [k.index("session_user_idx").on(table.userId)],
);

export const account = k.table(
  "account",
  {
    id: k.text("id").primaryKey(),
    accountId: k.text("account_id").notNull(),
    providerId: k.text("provider_id").notNull(),
    userId: k
      .text("user_id")
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    accessToken: k.text("access_token"),
    refreshToken: k.text("refresh_token"),
    idToken: k.text("id_token"),
    accessTokenExpiresAt: k.instant("access_token_expires_at"),
    refreshTokenExpiresAt: k.instant("refresh_token_expires_at"),
    scope: k.text("scope"),
    password: k.text("password"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (table) => [k.index("account_user_idx").on(table.userId)],
);

export const verification = k.table(
  "verification",
  {
    id: k.text("id").primaryKey(),
    identifier: k.text("identifier").notNull(),
    value: k.text("value").notNull(),
    expiresAt: k.instant("expires_at").notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (table) => [k.index("verification_identifier_idx").on(table.identifier)],
);

// ---------------------------------------------------------------------------------------------
// Intake: a task is one conversation that ends in a booking request
// ---------------------------------------------------------------------------------------------

export const tasks = k.table(
  "tasks",
  {
    id: k.text("id").primaryKey(),
    userId: k
      .text("user_id")
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    status: k
      .enumText("status", ["gathering_info", "ready_to_call", "requires_user_attention"])
      .notNull()
      .default("gathering_info"),
    /** The extracted booking request (lib/intake/booking-request.ts), JSON. */
    extracted: k.json("extracted").notNull(),
    /** Why the task needs the person's attention, in a sentence; null otherwise. */
    attention: k.text("attention"),
    timeZone: k.text("time_zone").notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (table) => [k.index("tasks_user_idx").on(table.userId, table.createdAt)],
);
export type TaskRow = typeof tasks.$inferSelect;

export const taskMessages = k.table(
  "task_messages",
  {
    id: k.serialKey("id"),
    taskId: k
      .text("task_id")
      .notNull()
      .references(() => tasks.id, { onDelete: "cascade" }),
    role: k.enumText("role", ["user", "assistant"]).notNull(),
    content: k.text("content").notNull(),
    /**
     * Lines delivered from elsewhere (the spoken intake conversation, lib/voice/voice-transcript.ts) carry a key, so
     * a redelivered line is stored once; typed chat turns leave it null.
     */
    deliveryKey: k.text("delivery_key"),
    createdAt: createdAt(),
  },
  (table) => [
    k.index("task_messages_task_idx").on(table.taskId, table.id),
    k.uniqueIndex("task_messages_delivery_idx").on(table.taskId, table.deliveryKey),
  ],
);
export type TaskMessageRow = typeof taskMessages.$inferSelect;

// ---------------------------------------------------------------------------------------------
// Providers: the businesses CallPilot may phone
// ---------------------------------------------------------------------------------------------

export const providers = k.table(
  "providers",
  {
    id: k.text("id").primaryKey(),
    name: k.text("name").notNull(),
    serviceType: k.text("service_type").notNull(),
    /** E.164, or null when a discovered business publishes no number (never called). */
    phone: k.text("phone"),
    address: k.text("address").notNull(),
    city: k.text("city").notNull(),
    country: k.text("country").notNull(),
    /** The language calls to this business are made in (BCP-47 primary tag: en, fr, de, es); null derives it from the country and city (lib/providers/provider-language.ts). */
    language: k.text("language"),
    latitude: k.real("latitude").notNull(),
    longitude: k.real("longitude").notNull(),
    timeZone: k.text("time_zone").notNull(),
    rating: k.real("rating"),
    /** Weekly opening hours in the provider's own time zone (lib/providers/opening-hours.ts), JSON. */
    openingHours: k.json("opening_hours").notNull(),
    source: k.enumText("source", ["demo", "google", "admin", "import"]).notNull(),
    externalRef: k.text("external_ref"),
    /** How the simulated dialer's receptionist behaves for this business (demo data); null derives it from the id. */
    simulationProfile: k.text("simulation_profile"),
    disabled: k.flag("disabled").notNull().default(false),
    /** Google's business status for a discovered business; null for the directory's own rows. */
    businessStatus: k.enumText("business_status", [
      "operational",
      "closed_temporarily",
      "closed_permanently",
    ]),
    /** When discovery last fetched this business's details from Google Places; null for the directory's own rows. */
    refreshedAt: k.instant("refreshed_at"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (table) => [
    k.index("providers_service_idx").on(table.serviceType, table.disabled),
    k.uniqueIndex("providers_external_ref_idx").on(table.source, table.externalRef),
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

export const bookings = k.table(
  "bookings",
  {
    id: k.text("id").primaryKey(),
    /** One booking per task: the unique key is what makes a repeated confirm idempotent. */
    taskId: k.text("task_id").references(() => tasks.id, { onDelete: "set null" }),
    userId: k
      .text("user_id")
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    status: k.enumText("status", bookingStatuses).notNull().default("processing"),
    mode: k.enumText("mode", ["auto", "review"]).notNull(),
    swarmSize: k.integer("swarm_size").notNull(),
    /** The booking request as it was confirmed (window resolved), JSON. */
    request: k.json("request").notNull(),
    timeZone: k.text("time_zone").notNull(),
    /** Where the person is, geocoded once at confirmation, JSON or null. */
    origin: k.json("origin"),
    /** Businesses considered and not called, each with the reason the person sees, JSON. */
    skipped: k.json("skipped").notNull().default([]),
    bookedCallId: k.text("booked_call_id"),
    bookedProviderId: k.text("booked_provider_id"),
    bookedSlotStart: k.instant("booked_slot_start"),
    bookedSlotEnd: k.instant("booked_slot_end"),
    bookedAt: k.instant("booked_at"),
    /** When the day-before reminder email went out; null until then (and for a booking never booked). */
    reminderSentAt: k.instant("reminder_sent_at"),
    /** When the business confirmed on the phone that the booked appointment is cancelled (issue 16). */
    appointmentCanceledAt: k.instant("appointment_canceled_at"),
    /** The booking this one replaces: a new search for a move the first business could not make (issue 16). */
    replacesBookingId: k.text("replaces_booking_id"),
    statusReason: k.text("status_reason"),
    /** The same reason as a sentence the person's page words in its language (lib/sentences); null when none. */
    statusReasonSentence: k.json("status_reason_sentence"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (table) => [
    k.uniqueIndex("bookings_task_idx").on(table.taskId),
    k.index("bookings_user_idx").on(table.userId, table.createdAt),
    k.index("bookings_booked_slot_idx").on(table.userId, table.bookedSlotStart),
    // The reminder pass (db/appointment-reminders.ts): booked appointments starting in the next day and a half.
    k.index("bookings_status_slot_idx").on(table.status, table.bookedSlotStart),
    // The admin table (newest first) and the overview (a date range).
    k.index("bookings_created_idx").on(table.createdAt, table.status),
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

export const callPurposes = ["inquiry", "confirmation", "release", "cancellation", "reschedule"] as const;
export type CallPurpose = (typeof callPurposes)[number];
/** Calls about an appointment already booked (issue 16): wanted only while the booking is still booked. */
export const isAppointmentChange = (purpose: CallPurpose): boolean =>
  purpose === "cancellation" || purpose === "reschedule";

export const calls = k.table(
  "calls",
  {
    id: k.text("id").primaryKey(),
    bookingId: k
      .text("booking_id")
      .notNull()
      .references(() => bookings.id, { onDelete: "cascade" }),
    providerId: k
      .text("provider_id")
      .notNull()
      .references(() => providers.id),
    userId: k
      .text("user_id")
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    /**
     * inquiry: find a slot (and book it in auto mode); confirmation: book a slot the person chose; release: tell a
     * business that held a slot (review mode) that it is no longer needed; cancellation: cancel the booked
     * appointment; reschedule: move the booked appointment into the person's new window (requested_window).
     */
    purpose: k.enumText("purpose", callPurposes).notNull().default("inquiry"),
    status: k.enumText("status", callStatuses).notNull().default("queued"),
    attempt: k.integer("attempt").notNull().default(1),
    previousCallId: k.text("previous_call_id"),
    /** Not before this instant (next opening hour, or a retry's delay); null means now. */
    scheduledFor: k.instant("scheduled_for"),
    claimToken: k.text("claim_token"),
    leaseExpiresAt: k.instant("lease_expires_at"),
    dialer: k.text("dialer"),
    externalId: k.text("external_id"),
    externalCallSid: k.text("external_call_sid"),
    /** The number actually dialed when CALL_REDIRECT_TO diverted the call; null when the provider was dialed. */
    redirectedTo: k.text("redirected_to"),
    distanceKm: k.real("distance_km"),
    /** The slot a confirmation call must book, JSON { start, end }. */
    targetSlot: k.json("target_slot"),
    /** The new window a reschedule call asks for, JSON { start, end }; null for every other purpose. */
    requestedWindow: k.json("requested_window"),
    offeredSlots: k.json("offered_slots").notNull().default([]),
    /** The normalised outcome (lib/calls/call-outcome.ts), JSON, once the call ended. */
    outcome: k.json("outcome"),
    /** Why the call failed, or why it waits (closed now, a daily cap), in English: the admin area, logs, the API. */
    failureReason: k.text("failure_reason"),
    /** The same reason as CallPilot wrote it (lib/sentences), JSON, for the person's page in their language. */
    failureSentence: k.json("failure_sentence"),
    startedAt: k.instant("started_at"),
    endedAt: k.instant("ended_at"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (table) => [
    k.index("calls_booking_idx").on(table.bookingId),
    k.index("calls_queue_idx").on(table.status, table.scheduledFor),
    k.index("calls_external_idx").on(table.externalId),
    k.index("calls_external_sid_idx").on(table.externalCallSid),
    // The admin overview's calls per day.
    k.index("calls_created_idx").on(table.createdAt, table.status),
  ],
);
export type CallRow = typeof calls.$inferSelect;

/**
 * Append-only: the live booking page and the admin timeline read it; nothing updates or deletes a row. `seq` numbers
 * a booking's events 1, 2, 3... in commit order (db/call-events.ts takes it from call_event_sequences inside the
 * writing transaction), so a reader resuming after seq n never skips an event that commits later. The global `id`
 * cannot promise that on PostgreSQL, where identity values are handed out before their transactions commit.
 */
export const callEvents = k.table(
  "call_events",
  {
    id: k.serialKey("id"),
    bookingId: k
      .text("booking_id")
      .notNull()
      .references(() => bookings.id, { onDelete: "cascade" }),
    seq: k.integer("seq").notNull().default(0),
    callId: k.text("call_id"),
    type: k.text("type").notNull(),
    payload: k.json("payload").notNull(),
    createdAt: createdAt(),
  },
  (table) => [
    k.uniqueIndex("call_events_booking_seq_idx").on(table.bookingId, table.seq),
    k.index("call_events_call_idx").on(table.callId, table.id),
  ],
);
export type CallEventRow = typeof callEvents.$inferSelect;

/**
 * The last event number of each booking. Taking the next numbers is one upsert on this row, whose lock is held until
 * the writing transaction commits: writers of one booking's events queue here, so numbers commit in order.
 */
export const callEventSequences = k.table("call_event_sequences", {
  bookingId: k
    .text("booking_id")
    .primaryKey()
    .references(() => bookings.id, { onDelete: "cascade" }),
  lastSeq: k.integer("last_seq").notNull(),
});

/** One row per processed webhook delivery, so a redelivered event changes nothing the second time. */
export const webhookReceipts = k.table("webhook_receipts", {
  key: k.text("key").primaryKey(),
  createdAt: createdAt(),
});

// ---------------------------------------------------------------------------------------------
// Admin area: the audit log, the do-not-call list, and bookings an admin marked resolved
// ---------------------------------------------------------------------------------------------

/** Append-only: every admin action, written in the same transaction as the change it records. */
export const adminAuditLog = k.table(
  "admin_audit_log",
  {
    id: k.serialKey("id"),
    /** Null once the admin's account is deleted; the email below still says who it was. */
    actorId: k.text("actor_id").references(() => user.id, { onDelete: "set null" }),
    actorEmail: k.text("actor_email").notNull(),
    /** What was done, "area.verb" (lib/admin/audit-actions.ts). */
    action: k.text("action").notNull(),
    targetType: k.text("target_type").notNull(),
    targetId: k.text("target_id").notNull(),
    /** What changed, JSON. */
    details: k.json("details").notNull().default({}),
    createdAt: createdAt(),
  },
  (table) => [
    k.index("admin_audit_log_created_idx").on(table.createdAt),
    k.index("admin_audit_log_target_idx").on(table.targetType, table.targetId),
  ],
);
export type AdminAuditLogRow = typeof adminAuditLog.$inferSelect;

/** Numbers (E.164) the dispatcher must never dial, whoever lists them as their phone. */
export const doNotCallNumbers = k.table("do_not_call_numbers", {
  phone: k.text("phone").primaryKey(),
  reason: k.text("reason"),
  addedBy: k.text("added_by").references(() => user.id, { onDelete: "set null" }),
  /** The call on which the business asked not to be called again (listed automatically); null when an admin listed it. */
  sourceCallId: k.text("source_call_id"),
  createdAt: createdAt(),
});
export type DoNotCallRow = typeof doNotCallNumbers.$inferSelect;

export const optOutReviews = ["pending", "confirmed", "dismissed"] as const;
export type OptOutReview = (typeof optOutReviews)[number];

/**
 * A business asking, on one call, not to be called again, with its own words as the evidence. Pending, it keeps the
 * number from being dialed for the person the call was for (the call's user); only an admin's confirmation puts the
 * number on the do-not-call list for everyone (lib/do-not-call/opt-out-review.ts).
 */
export const optOutRequests = k.table(
  "opt_out_requests",
  {
    callId: k
      .text("call_id")
      .primaryKey()
      .references(() => calls.id, { onDelete: "cascade" }),
    /** The business's number (E.164), not a redirect target's. */
    phone: k.text("phone").notNull(),
    /** The business's line in the transcript that asked not to be called. */
    evidence: k.text("evidence").notNull(),
    review: k.enumText("review", optOutReviews).notNull().default("pending"),
    createdAt: createdAt(),
  },
  (table) => [k.index("opt_out_requests_phone_idx").on(table.phone, table.review)],
);
export type OptOutRequestRow = typeof optOutRequests.$inferSelect;

/** An admin's resolution of a booking: kept apart from the booking so the person's view never shows it. */
export const bookingResolutions = k.table("booking_resolutions", {
  bookingId: k
    .text("booking_id")
    .primaryKey()
    .references(() => bookings.id, { onDelete: "cascade" }),
  note: k.text("note").notNull(),
  resolvedBy: k.text("resolved_by").references(() => user.id, { onDelete: "set null" }),
  resolvedByEmail: k.text("resolved_by_email").notNull(),
  resolvedAt: k.instant("resolved_at").notNull(),
});
export type BookingResolutionRow = typeof bookingResolutions.$inferSelect;

// ---------------------------------------------------------------------------------------------
// The person's calendar: busy blocks, imported and subscribed calendars, the private feed, Google Calendar
// ---------------------------------------------------------------------------------------------

/** Times the person said by hand that they are busy. */
export const busyBlocks = k.table(
  "busy_blocks",
  {
    id: k.text("id").primaryKey(),
    userId: k
      .text("user_id")
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    /** The person's own words; shown only to them, never to a business. */
    title: k.text("title"),
    startsAt: k.instant("starts_at").notNull(),
    endsAt: k.instant("ends_at").notNull(),
    createdAt: createdAt(),
  },
  (table) => [k.index("busy_blocks_user_idx").on(table.userId, table.startsAt)],
);
export type BusyBlockRow = typeof busyBlocks.$inferSelect;

/**
 * An imported .ics file or a subscribed .ics URL. The calendar text is kept as it was read and its events
 * (recurrences included) are expanded when a booking asks about a period, so any booking window is covered.
 */
export const calendarSources = k.table(
  "calendar_sources",
  {
    id: k.text("id").primaryKey(),
    userId: k
      .text("user_id")
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    kind: k.enumText("kind", ["file", "url"]).notNull(),
    name: k.text("name").notNull(),
    /** The subscribed address (http/https); null for an imported file. */
    url: k.text("url"),
    /** The zone that floating times and all-day events in this calendar mean (the person's zone when added). */
    timeZone: k.text("time_zone").notNull(),
    /** The last calendar text read successfully; null until a subscription's first successful fetch. */
    ics: k.text("ics"),
    /** sha256 of the text, so caches of its parsed events know when it changed. */
    contentHash: k.text("content_hash"),
    eventCount: k.integer("event_count").notNull().default(0),
    fetchedAt: k.instant("fetched_at"),
    lastAttemptAt: k.instant("last_attempt_at"),
    /** Why the last refresh failed, in a sentence; null after a success. */
    lastError: k.text("last_error"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (table) => [k.index("calendar_sources_user_idx").on(table.userId)],
);
export type CalendarSourceRow = typeof calendarSources.$inferSelect;

/** The person's private .ics feed of their booked appointments: one live token each; a new one retires the old. */
export const calendarFeeds = k.table("calendar_feeds", {
  userId: k
    .text("user_id")
    .primaryKey()
    .references(() => user.id, { onDelete: "cascade" }),
  /** sha256 of the token: the lookup key, so the feed URL cannot be recovered from a copy of the database alone. */
  tokenHash: k.text("token_hash").notNull().unique(),
  /** The token sealed with the server's key, so the person's calendar page can show the URL again. */
  tokenSealed: k.text("token_sealed").notNull(),
  createdAt: createdAt(),
});
export type CalendarFeedRow = typeof calendarFeeds.$inferSelect;

/** A person's Google Calendar connection (OAuth tokens sealed with the server's key). */
export const googleCalendarConnections = k.table("google_calendar_connections", {
  userId: k
    .text("user_id")
    .primaryKey()
    .references(() => user.id, { onDelete: "cascade" }),
  accessTokenSealed: k.text("access_token_sealed").notNull(),
  refreshTokenSealed: k.text("refresh_token_sealed"),
  accessTokenExpiresAt: k.instant("access_token_expires_at").notNull(),
  scope: k.text("scope").notNull(),
  calendarId: k.text("calendar_id").notNull().default("primary"),
  /** Why the last use failed (revoked access, say), in a sentence; null while it works. */
  lastError: k.text("last_error"),
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
export const twimlSessions = k.table(
  "twiml_sessions",
  {
    callSid: k.text("call_sid").primaryKey(),
    callId: k
      .text("call_id")
      .notNull()
      .references(() => calls.id, { onDelete: "cascade" }),
    step: k.enumText("step", twimlSteps).notNull(),
    /** Replies handled so far; every update is conditional on it, so a duplicated webhook cannot advance a call twice. */
    turn: k.integer("turn").notNull().default(0),
    /** The slot read back for confirmation while step is `confirming`. */
    slotStart: k.instant("slot_start"),
    /** Half an offer: a day said without a time (yyyy-MM-dd) or a time without a day (HH:mm), in the business's zone. */
    pendingDate: k.text("pending_date"),
    pendingTime: k.text("pending_time"),
    /** Retry counters: slots checked, replies not understood in a row, "hold on" pauses. */
    offers: k.integer("offers").notNull().default(0),
    unclearReplies: k.integer("unclear_replies").notNull().default(0),
    waits: k.integer("waits").notNull().default(0),
    /** Phone-menu keys pressed so far (issue 8), and the turn that followed the last press (a person may answer). */
    menuPresses: k.integer("menu_presses").notNull().default(0),
    menuPressedTurn: k.integer("menu_pressed_turn"),
    /** Twilio's answering-machine verdict on the first request (human, machine_end_beep, fax, unknown...). */
    answeredBy: k.text("answered_by"),
    /** What the call achieved, kept so a status callback can still end the call if the script never finished. */
    bookedSlotStart: k.instant("booked_slot_start"),
    summary: k.text("summary"),
    failureReason: k.text("failure_reason"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (table) => [k.index("twiml_sessions_call_idx").on(table.callId)],
);
export type TwimlSessionRow = typeof twimlSessions.$inferSelect;

// ---------------------------------------------------------------------------------------------
// ElevenLabs post-call webhooks (issue 3): verified events waiting to be processed
// ---------------------------------------------------------------------------------------------

/** A verified webhook is stored before it is acknowledged; processed events move to webhook_receipts. */
export const elevenLabsWebhookEvents = k.table(
  "elevenlabs_webhook_events",
  {
    /** elevenlabs:<event type>:<conversation id>, the same key as the event's receipt. */
    key: k.text("key").primaryKey(),
    type: k.text("type").notNull(),
    /** The verified raw body, as ElevenLabs signed it. */
    body: k.text("body").notNull(),
    receivedAt: k.instant("received_at").notNull(),
    attempts: k.integer("attempts").notNull().default(0),
    lastError: k.text("last_error"),
    failedAt: k.instant("failed_at"),
  },
  (table) => [k.index("elevenlabs_webhook_events_received_idx").on(table.receivedAt)],
);

// ---------------------------------------------------------------------------------------------
// Guardrails on real calls (issue 7): daily usage and its limits, consent, request-rate limits
// ---------------------------------------------------------------------------------------------

export const usageScopes = [
  "person_bookings",
  "person_calls",
  "person_llm_tokens",
  "person_tasks",
  "number_calls",
  "all_calls",
  "person_tts_characters",
  "ip_tts_characters",
  "all_tts_characters",
  "person_voice_sessions",
  "ip_voice_sessions",
  "all_voice_sessions",
  "person_phone_codes",
  "all_phone_codes",
] as const;
export type UsageScope = (typeof usageScopes)[number];

/**
 * How much of a daily allowance is used: bookings and calls per person, LLM tokens per person, calls per business
 * number, calls in all; characters read aloud and voice conversations per person, per client IP and in all. A
 * counter only grows by a conditional UPDATE that checks the limit in the same statement, inside the write
 * transaction of what it counts (db/usage-counters.ts), so concurrent requests cannot both pass.
 */
export const usageCounters = k.table(
  "usage_counters",
  {
    scope: k.enumText("scope", usageScopes).notNull(),
    /** A user id, an E.164 number, a client IP, or "all". */
    key: k.text("key").notNull(),
    /** yyyy-MM-dd: the UTC day, or the business's local day for number_calls. */
    day: k.text("day").notNull(),
    used: k.integer("used").notNull().default(0),
    updatedAt: updatedAt(),
  },
  (table) => [k.primaryKey({ columns: [table.scope, table.key, table.day] })],
);
export type UsageCounterRow = typeof usageCounters.$inferSelect;

/** An admin's change to one person's daily limits; a null column keeps the configured default. */
export const personLimits = k.table("person_limits", {
  userId: k
    .text("user_id")
    .primaryKey()
    .references(() => user.id, { onDelete: "cascade" }),
  bookingsPerDay: k.integer("bookings_per_day"),
  callsPerDay: k.integer("calls_per_day"),
  llmTokensPerDay: k.integer("llm_tokens_per_day"),
  updatedBy: k.text("updated_by").references(() => user.id, { onDelete: "set null" }),
  updatedAt: updatedAt(),
});
export type PersonLimitsRow = typeof personLimits.$inferSelect;

/** A person's consent to CallPilot calling businesses on their behalf, one row per version of the text agreed to. */
export const callConsents = k.table(
  "call_consents",
  {
    userId: k
      .text("user_id")
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    /** Which wording was agreed to (lib/guardrails/consent.ts). */
    version: k.text("version").notNull(),
    /** The language the wording was shown in (en, es, fr, de); null for consents given before it was recorded. */
    language: k.text("language"),
    givenAt: k.instant("given_at").notNull(),
  },
  (table) => [k.primaryKey({ columns: [table.userId, table.version] })],
);
export type CallConsentRow = typeof callConsents.$inferSelect;

/**
 * One open live-update stream (Server-Sent Events) of a person, held by the instance serving it: counted against
 * the person's cap on open streams across every instance. The instance renews expires_at while the stream is open
 * and deletes the row when it closes; a row whose instance died simply expires (lib/guardrails/stream-leases.ts).
 */
export const streamLeases = k.table(
  "stream_leases",
  {
    id: k.text("id").primaryKey(),
    userId: k
      .text("user_id")
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    expiresAt: k.instant("expires_at").notNull(),
    createdAt: createdAt(),
  },
  (table) => [k.index("stream_leases_user_idx").on(table.userId, table.expiresAt)],
);

/** Request-rate limit points (rate-limiter-flexible's Drizzle store): one row per limiter key and window. */
export const rateLimitPoints = k.table("rate_limit_points", {
  key: k.text("key").primaryKey(),
  points: k.integer("points").notNull(),
  expire: k.instant("expire"),
});

/** Better Auth's own rate limiter (its "database" storage), so its counts hold across instances too. */
export const rateLimit = k.table("rate_limit", {
  id: k.text("id").primaryKey(),
  key: k.text("key").notNull().unique(),
  count: k.integer("count").notNull(),
  lastRequest: k.bigInteger("last_request").notNull(),
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
export const callQuestions = k.table(
  "call_questions",
  {
    id: k.text("id").primaryKey(),
    bookingId: k
      .text("booking_id")
      .notNull()
      .references(() => bookings.id, { onDelete: "cascade" }),
    callId: k
      .text("call_id")
      .notNull()
      .references(() => calls.id, { onDelete: "cascade" }),
    providerId: k.text("provider_id").notNull(),
    text: k.text("text").notNull(),
    status: k.enumText("status", callQuestionStatuses).notNull().default("open"),
    answer: k.text("answer"),
    /** "person" (typed on the booking page or the API) or "profile" (a pre-filled detail). */
    answeredBy: k.enumText("answered_by", ["person", "profile"]),
    askedAt: k.instant("asked_at").notNull(),
    answeredAt: k.instant("answered_at"),
  },
  (table) => [
    k.index("call_questions_booking_idx").on(table.bookingId, table.askedAt),
    k.index("call_questions_call_idx").on(table.callId),
  ],
);
export type CallQuestionRow = typeof callQuestions.$inferSelect;

/** Details a person lets agents give out without asking them (insurance, date of birth...); null = not given. */
export const personProfiles = k.table("client_profiles", {
  userId: k
    .text("user_id")
    .primaryKey()
    .references(() => user.id, { onDelete: "cascade" }),
  insuranceProvider: k.text("insurance_provider"),
  dateOfBirth: k.text("date_of_birth"),
  petName: k.text("pet_name"),
  callbackNumber: k.text("callback_number"),
  /** The person's own phone (E.164), set only once they typed back the code sent to it: hand-overs ring it. */
  verifiedPhone: k.text("verified_phone"),
  phoneVerifiedAt: k.instant("phone_verified_at"),
  /** The person agreed that an agent may put a business through to them when it insists (off by default). */
  handoverConsent: k.flag("handover_consent").notNull().default(false),
  /** The hours a hand-over may ring them, JSON { start: "09:00", end: "18:00", time_zone }; null means never. */
  handoverHours: k.json("handover_hours"),
  /** The day-before reminder email of each booked appointment (on unless the person turns it off). */
  appointmentReminders: k.flag("appointment_reminders").notNull().default(true),
  updatedAt: updatedAt(),
});
export type PersonProfileRow = typeof personProfiles.$inferSelect;

/**
 * A one-time code sent to a phone number the person wants verified (by SMS through Twilio, or shown in the log
 * offline). Only its hash is kept; it expires and allows a few tries.
 */
export const phoneVerifications = k.table(
  "phone_verifications",
  {
    id: k.text("id").primaryKey(),
    userId: k
      .text("user_id")
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    phone: k.text("phone").notNull(),
    codeHash: k.text("code_hash").notNull(),
    attempts: k.integer("attempts").notNull().default(0),
    expiresAt: k.instant("expires_at").notNull(),
    verifiedAt: k.instant("verified_at"),
    createdAt: createdAt(),
  },
  (table) => [k.index("phone_verifications_user_idx").on(table.userId, table.createdAt)],
);
export type PhoneVerificationRow = typeof phoneVerifications.$inferSelect;

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

export const slotHolds = k.table(
  "slot_holds",
  {
    id: k.text("id").primaryKey(),
    bookingId: k
      .text("booking_id")
      .notNull()
      .references(() => bookings.id, { onDelete: "cascade" }),
    callId: k
      .text("call_id")
      .notNull()
      .references(() => calls.id, { onDelete: "cascade" }),
    providerId: k.text("provider_id").notNull(),
    slotStart: k.instant("slot_start").notNull(),
    slotEnd: k.instant("slot_end").notNull(),
    heldUntil: k.instant("held_until").notNull(),
    status: k.enumText("status", slotHoldStatuses).notNull().default("requested"),
    /** The release call queued for this hold, once there is one. */
    releaseCallId: k.text("release_call_id"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (table) => [
    k.uniqueIndex("slot_holds_call_slot_idx").on(table.callId, table.slotStart),
    k.index("slot_holds_booking_idx").on(table.bookingId),
  ],
);
export type SlotHoldRow = typeof slotHolds.$inferSelect;
