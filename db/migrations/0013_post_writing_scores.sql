ALTER TABLE `posts` ADD `readability_score` integer;--> statement-breakpoint
ALTER TABLE `posts` ADD `search_score` integer;