// The firm's record of its advertising: every published version of every post and page as
// an HTML file, named and headed with its publication date, in one ZIP (lawyers must keep
// copies of their advertisements). Built from post_versions, which outlive their posts.
import "server-only";
import { strToU8, zipSync } from "fflate";
import type { ArchivedVersion } from "@/db/post-admin/post-versions";
import { formatDateTime } from "@/lib/dates/format";
import { publicPath } from "@/lib/posts/post-paths";
import { utcToZonedTime } from "@/lib/dates/zoned-time";

const FOLDERS = { post: "posts", page: "pages", practice_area: "practice-areas" } as const;

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);
}

/** One version as a page that opens by itself in any browser. Its body is the sanitized HTML that was published. */
function versionHtml(version: ArchivedVersion, firmName: string, siteUrl: string, timeZone: string): string {
  const published = version.publishedAt ?? version.createdAt;
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>${escapeHtml(version.title)}</title></head>
<body>
<header>
<p>${escapeHtml(firmName)}: archived copy of a published ${version.kind === "post" ? "post" : "page"}.</p>
<dl>
<dt>Address</dt><dd>${escapeHtml(siteUrl + publicPath(version.kind, version.slug))}</dd>
<dt>Publication date</dt><dd><time datetime="${published.toISOString()}">${escapeHtml(formatDateTime(published, timeZone))}</time></dd>
<dt>This version went out</dt><dd><time datetime="${version.createdAt.toISOString()}">${escapeHtml(formatDateTime(version.createdAt, timeZone))}</time></dd>
${version.authorName ? `<dt>Published by</dt><dd>${escapeHtml(version.authorName)}</dd>` : ""}
</dl>
</header>
<hr>
<h1>${escapeHtml(version.title)}</h1>
${version.excerpt ? `<p><em>${escapeHtml(version.excerpt)}</em></p>` : ""}
${version.bodyHtml}
${version.disclaimer ? `<aside><p>${escapeHtml(version.disclaimer)}</p></aside>` : ""}
</body>
</html>
`;
}

/** The ZIP: a folder per kind, a file per version ("2026-03-04-1430_slug_v12.html"), and an index of them all. */
export function buildAdvertisingArchive(versions: ArchivedVersion[], options: { firmName: string; siteUrl: string; timeZone: string }): Uint8Array {
  const files: Record<string, Uint8Array> = {};
  const rows: string[] = [];
  for (const version of versions) {
    const when = utcToZonedTime(version.createdAt, options.timeZone).slice(0, 16).replace("T", "-").replace(":", "");
    const name = `${FOLDERS[version.kind]}/${when}_${version.slug}_v${version.id}.html`;
    files[name] = strToU8(versionHtml(version, options.firmName, options.siteUrl, options.timeZone));
    const published = version.publishedAt ?? version.createdAt;
    rows.push(
      `<tr><td>${escapeHtml(formatDateTime(published, options.timeZone))}</td><td>${escapeHtml(formatDateTime(version.createdAt, options.timeZone))}</td><td><a href="${escapeHtml(name)}">${escapeHtml(version.title)}</a></td></tr>`,
    );
  }
  files["index.html"] = strToU8(`<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(options.firmName)}: advertising archive</title></head>
<body><h1>${escapeHtml(options.firmName)}: every published version</h1>
<table><thead><tr><th>Publication date</th><th>Version went out</th><th>Title</th></tr></thead><tbody>
${rows.join("\n")}
</tbody></table></body></html>
`);
  return zipSync(files, { level: 6 });
}
