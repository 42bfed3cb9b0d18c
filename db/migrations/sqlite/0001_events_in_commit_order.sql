CREATE TABLE `call_event_sequences` (
	`booking_id` text PRIMARY KEY NOT NULL,
	`last_seq` integer NOT NULL,
	FOREIGN KEY (`booking_id`) REFERENCES `bookings`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `jobs` (
	`id` text PRIMARY KEY NOT NULL,
	`queue` text NOT NULL,
	`data` text NOT NULL,
	`state` text DEFAULT 'created' NOT NULL,
	`singleton_key` text,
	`singleton_slot` integer,
	`run_after` integer NOT NULL,
	`attempts` integer DEFAULT 0 NOT NULL,
	`retry_limit` integer NOT NULL,
	`retry_delay_ms` integer NOT NULL,
	`expire_ms` integer NOT NULL,
	`locked_until` integer,
	`last_error` text,
	`created_at` integer NOT NULL,
	`completed_at` integer
);
--> statement-breakpoint
CREATE INDEX `jobs_due_idx` ON `jobs` (`state`,`run_after`);--> statement-breakpoint
CREATE UNIQUE INDEX `jobs_waiting_singleton_idx` ON `jobs` (`queue`,`singleton_key`) WHERE state = 'created' and singleton_key is not null and singleton_slot is null;--> statement-breakpoint
CREATE UNIQUE INDEX `jobs_throttle_idx` ON `jobs` (`queue`,`singleton_key`,`singleton_slot`) WHERE singleton_slot is not null;--> statement-breakpoint
DROP INDEX `call_events_booking_idx`;--> statement-breakpoint
ALTER TABLE `call_events` ADD `seq` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
-- Hand-written: number the events already stored, 1, 2, 3... per booking in the order they were written.
UPDATE `call_events` SET `seq` = (SELECT count(*) FROM `call_events` AS `earlier` WHERE `earlier`.`booking_id` = `call_events`.`booking_id` AND `earlier`.`id` <= `call_events`.`id`);--> statement-breakpoint
INSERT INTO `call_event_sequences` (`booking_id`, `last_seq`) SELECT `booking_id`, max(`seq`) FROM `call_events` GROUP BY `booking_id`;--> statement-breakpoint
CREATE UNIQUE INDEX `call_events_booking_seq_idx` ON `call_events` (`booking_id`,`seq`);