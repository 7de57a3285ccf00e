CREATE TABLE `profiles` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`slug` text NOT NULL,
	`user_id` integer,
	`display_name` text NOT NULL,
	`title` text DEFAULT '' NOT NULL,
	`photo_media_id` integer,
	`photo_alt` text DEFAULT '' NOT NULL,
	`bio` text DEFAULT '' NOT NULL,
	`bar_admissions` text DEFAULT '[]' NOT NULL,
	`languages` text DEFAULT '[]' NOT NULL,
	`certifications` text DEFAULT '[]' NOT NULL,
	`public_email` text DEFAULT '' NOT NULL,
	`listed` integer DEFAULT true NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`photo_media_id`) REFERENCES `media`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `profiles_slug_unique` ON `profiles` (`slug`);--> statement-breakpoint
CREATE UNIQUE INDEX `profiles_user_id_unique` ON `profiles` (`user_id`);--> statement-breakpoint
ALTER TABLE `post_drafts` ADD `author_profile_id` integer REFERENCES profiles(id) ON DELETE set null;--> statement-breakpoint
ALTER TABLE `post_drafts` ADD `last_reviewed_at` integer;--> statement-breakpoint
ALTER TABLE `post_versions` ADD `kind` text DEFAULT 'post' NOT NULL;--> statement-breakpoint
ALTER TABLE `post_versions` ADD `published_at` integer;--> statement-breakpoint
ALTER TABLE `posts` ADD `kind` text DEFAULT 'post' NOT NULL;--> statement-breakpoint
ALTER TABLE `posts` ADD `author_profile_id` integer REFERENCES profiles(id) ON DELETE set null;--> statement-breakpoint
ALTER TABLE `posts` ADD `last_reviewed_at` integer;--> statement-breakpoint
CREATE INDEX `posts_author_profile_idx` ON `posts` (`author_profile_id`);--> statement-breakpoint
-- Versions kept before this migration: their publication date is the post's, or when they were made.
UPDATE `post_versions` SET `published_at` = coalesce((SELECT `published_at` FROM `posts` WHERE `posts`.`id` = `post_versions`.`post_id`), `created_at`);--> statement-breakpoint
-- The sample phone seeded before numbers were validated was not a dialable number (its exchange began with 0).
UPDATE `settings` SET `value` = '"(334) 555-0142"' WHERE `key` = 'phone' AND `value` = '"(555) 010-0142"';