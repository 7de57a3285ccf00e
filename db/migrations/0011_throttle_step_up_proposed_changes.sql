CREATE TABLE `proposed_changes` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`kind` text NOT NULL,
	`target_id` integer NOT NULL,
	`payload` text NOT NULL,
	`requested_by` integer,
	`requested_at` integer NOT NULL,
	`outcome` text,
	`decided_by` integer,
	`decided_at` integer,
	FOREIGN KEY (`requested_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`decided_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `proposed_changes_open_idx` ON `proposed_changes` (`decided_at`,`kind`,`target_id`);--> statement-breakpoint
ALTER TABLE `sessions` ADD `stepped_up_at` integer;--> statement-breakpoint
CREATE INDEX `login_attempts_key_idx` ON `login_attempts` (`key_hash`,`created_at`);