CREATE TABLE `opt_out_requests` (
	`call_id` text PRIMARY KEY NOT NULL,
	`phone` text NOT NULL,
	`evidence` text NOT NULL,
	`review` text DEFAULT 'pending' NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`call_id`) REFERENCES `calls`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `opt_out_requests_phone_idx` ON `opt_out_requests` (`phone`,`review`);