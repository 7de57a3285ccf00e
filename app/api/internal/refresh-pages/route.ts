import { isRefreshToken, refreshPublicPages } from "@/lib/http/public-pages";
import { REFRESH_TOKEN_HEADER } from "@/lib/http/routes.mjs";

// The server's own request to refresh its cached public pages (lib/http/public-pages.ts);
// anyone else gets a 404, as if nothing were here.
export function POST(request: Request) {
  if (!isRefreshToken(request.headers.get(REFRESH_TOKEN_HEADER))) return new Response("Not found", { status: 404 });
  refreshPublicPages();
  return new Response(null, { status: 204 });
}
