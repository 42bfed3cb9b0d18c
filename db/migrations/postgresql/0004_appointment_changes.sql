ALTER TABLE "bookings" ADD COLUMN "appointment_canceled_at" timestamp (3) with time zone;--> statement-breakpoint
ALTER TABLE "bookings" ADD COLUMN "replaces_booking_id" text;--> statement-breakpoint
ALTER TABLE "calls" ADD COLUMN "requested_window" jsonb;--> statement-breakpoint
CREATE INDEX "bookings_status_slot_idx" ON "bookings" USING btree ("status","booked_slot_start");