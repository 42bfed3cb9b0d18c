ALTER TABLE `bookings` ADD `appointment_canceled_at` integer;--> statement-breakpoint
ALTER TABLE `bookings` ADD `replaces_booking_id` text;--> statement-breakpoint
CREATE INDEX `bookings_status_slot_idx` ON `bookings` (`status`,`booked_slot_start`);--> statement-breakpoint
ALTER TABLE `calls` ADD `requested_window` text;