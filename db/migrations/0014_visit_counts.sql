CREATE TABLE `page_views` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`day` text NOT NULL,
	`path` text NOT NULL,
	`post_id` integer,
	`source` text NOT NULL,
	`campaign` text,
	`device` text NOT NULL,
	`visitor_key` text,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`post_id`) REFERENCES `posts`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `page_views_day_idx` ON `page_views` (`day`);--> statement-breakpoint
CREATE INDEX `page_views_created_idx` ON `page_views` (`created_at`);--> statement-breakpoint
CREATE TABLE `site_searches` (
	`day` text NOT NULL,
	`term` text NOT NULL,
	`searches` integer NOT NULL,
	`results` integer NOT NULL,
	PRIMARY KEY(`day`, `term`)
);
--> statement-breakpoint
CREATE TABLE `visit_salts` (
	`day` text PRIMARY KEY NOT NULL,
	`salt` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `visit_totals` (
	`day` text NOT NULL,
	`dimension` text NOT NULL,
	`value` text NOT NULL,
	`post_id` integer,
	`views` integer NOT NULL,
	`visitors` integer NOT NULL,
	PRIMARY KEY(`day`, `dimension`, `value`),
	FOREIGN KEY (`post_id`) REFERENCES `posts`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `visit_totals_post_idx` ON `visit_totals` (`post_id`,`day`);--> statement-breakpoint
ALTER TABLE `inquiries` ADD `visit_first_page` text;--> statement-breakpoint
ALTER TABLE `inquiries` ADD `visit_source` text;--> statement-breakpoint
ALTER TABLE `inquiries` ADD `visit_post_path` text;--> statement-breakpoint
ALTER TABLE `inquiries` ADD `visit_post_id` integer REFERENCES posts(id) ON DELETE set null;--> statement-breakpoint
CREATE INDEX `inquiries_visit_post_idx` ON `inquiries` (`visit_post_id`,`created_at`);