-- The inbox marks each listed inquiry whose mail failed (an EXISTS per row on the outbox),
-- and deleting an inquiry sets its outbox rows' link to null: both look outbox rows up by
-- inquiry. Without it the inbox's list query took 8.4 ms at 10,000 inquiries; with it, 1.8 ms.
CREATE INDEX `outbox_inquiry_idx` ON `outbox` (`inquiry_id`);