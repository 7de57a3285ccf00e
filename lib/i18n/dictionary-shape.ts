import type { en } from "./dictionaries/en";

/** What every language's dictionary holds: the English one's keys, every one a string. */
export type Dictionary = typeof en;
