-- Sign-in attempts keep a keyed hash of the email typed, never the email. The old rows
-- (plain emails) are dropped with the table: they only ever counted towards locks.
DROP TABLE `login_attempts`;--> statement-breakpoint
CREATE TABLE `login_attempts` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`key_hash` text NOT NULL,
	`address_hash` text NOT NULL,
	`outcome` text NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL
);--> statement-breakpoint
CREATE INDEX `login_attempts_lookup_idx` ON `login_attempts` (`address_hash`,`key_hash`,`created_at`);--> statement-breakpoint
CREATE INDEX `login_attempts_created_idx` ON `login_attempts` (`created_at`);
