import { readStoredImage } from "@/lib/media/media-storage";

// Public: cover and body images appear on public posts. Only names the media tables know
// are served (random, unguessable): uploads as the type their content was checked to be,
// and the variants made from them when they arrived. Nothing is resized here.
export async function GET(_request: Request, { params }: RouteContext<"/media/[name]">) {
  const stored = readStoredImage((await params).name);
  if (!stored) return new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  return new Response(new Uint8Array(stored.bytes), {
    headers: {
      "Content-Type": stored.file.mimeType,
      "Content-Length": String(stored.bytes.byteLength),
      "X-Content-Type-Options": "nosniff",
      "Content-Security-Policy": "default-src 'none'; sandbox",
      // The name changes with the content, so the file never does.
      "Cache-Control": "public, max-age=31536000, immutable",
    },
  });
}
