CREATE TABLE `conflict_parties` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`role` text NOT NULL,
	`matter` text DEFAULT '' NOT NULL,
	`source` text NOT NULL,
	`created_by` integer,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `conflict_parties_name_idx` ON `conflict_parties` (`name`);--> statement-breakpoint
CREATE TABLE `media_variants` (
	`file_name` text PRIMARY KEY NOT NULL,
	`media_id` integer NOT NULL,
	`mime_type` text NOT NULL,
	`width` integer NOT NULL,
	`height` integer NOT NULL,
	`byte_size` integer NOT NULL,
	FOREIGN KEY (`media_id`) REFERENCES `media`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `media_variants_media_idx` ON `media_variants` (`media_id`);--> statement-breakpoint
CREATE TABLE `review_requests` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`post_id` integer NOT NULL,
	`action` text NOT NULL,
	`publish_at` integer,
	`requested_by` integer,
	`requested_at` integer NOT NULL,
	`outcome` text,
	`decided_by` integer,
	`decided_at` integer,
	`note` text,
	FOREIGN KEY (`post_id`) REFERENCES `posts`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`requested_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`decided_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `review_requests_post_idx` ON `review_requests` (`post_id`,`decided_at`);--> statement-breakpoint
ALTER TABLE `inquiries` ADD `person_charged` text;--> statement-breakpoint
ALTER TABLE `media` ADD `alt` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `users` ADD `publishes_directly` integer DEFAULT false NOT NULL;