CREATE TABLE `phone_verifications` (
	`id` text PRIMARY KEY NOT NULL,
	`user_id` text NOT NULL,
	`phone` text NOT NULL,
	`code_hash` text NOT NULL,
	`attempts` integer DEFAULT 0 NOT NULL,
	`expires_at` integer NOT NULL,
	`verified_at` integer,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `phone_verifications_user_idx` ON `phone_verifications` (`user_id`,`created_at`);--> statement-breakpoint
ALTER TABLE `bookings` ADD `reminder_sent_at` integer;--> statement-breakpoint
ALTER TABLE `client_profiles` ADD `verified_phone` text;--> statement-breakpoint
ALTER TABLE `client_profiles` ADD `phone_verified_at` integer;--> statement-breakpoint
ALTER TABLE `client_profiles` ADD `handover_consent` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `client_profiles` ADD `handover_hours` text;--> statement-breakpoint
ALTER TABLE `client_profiles` ADD `appointment_reminders` integer DEFAULT true NOT NULL;