CREATE TABLE `post_drafts` (
	`post_id` integer PRIMARY KEY NOT NULL,
	`title` text NOT NULL,
	`slug` text NOT NULL,
	`excerpt` text DEFAULT '' NOT NULL,
	`body_html` text DEFAULT '' NOT NULL,
	`tags` text NOT NULL,
	`cover_media_id` integer,
	`cover_alt` text,
	`seo_title` text,
	`seo_description` text,
	`disclaimer` text,
	`author_id` integer,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`post_id`) REFERENCES `posts`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`cover_media_id`) REFERENCES `media`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`author_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_post_versions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`post_id` integer,
	`slug` text NOT NULL,
	`title` text NOT NULL,
	`excerpt` text NOT NULL,
	`body_html` text NOT NULL,
	`disclaimer` text,
	`author_id` integer,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`post_id`) REFERENCES `posts`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`author_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
INSERT INTO `__new_post_versions`("id", "post_id", "slug", "title", "excerpt", "body_html", "disclaimer", "author_id", "created_at") SELECT "id", "post_id", "slug", "title", "excerpt", "body_html", "disclaimer", "author_id", "created_at" FROM `post_versions`;--> statement-breakpoint
DROP TABLE `post_versions`;--> statement-breakpoint
ALTER TABLE `__new_post_versions` RENAME TO `post_versions`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE INDEX `post_versions_post_idx` ON `post_versions` (`post_id`,`created_at`);