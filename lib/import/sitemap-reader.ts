// Placeholder until the reader of other sites lands: refuses with a message.
import type { NewImportItem } from "@/db/imports";
import type { SourceInfo } from "./import-item";
import { ImportInputError } from "./wxr-reader";

export type SitemapSink = { push: (item: NewImportItem) => void; note: (n: string) => void; allowLoopback?: boolean; isDocument?: boolean };

export async function readSitemapSource(source: string, sink: SitemapSink): Promise<{ siteUrl: string; info: SourceInfo }> {
  throw new ImportInputError(`Importing a site by its address (${source.slice(0, 100)}) is not available yet${sink.isDocument ? "" : ""}. Use a WordPress or Ghost export.`);
}
