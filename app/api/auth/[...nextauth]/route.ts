import NextAuth from "next-auth";
import { authOptions } from "@/lib/accounts/auth-options";
import { siteUrl } from "@/lib/http/site-url";

// next-auth answers a callback URL it refuses with a 500 (its "configuration" error) and
// copies an error code into a redirect's Location unchecked: such requests get a 400 here.
const CALLBACK_COOKIES = ["next-auth.callback-url", "__Secure-next-auth.callback-url"];

function isOwnUrl(value: string): boolean {
  if (value.startsWith("/")) return !value.startsWith("//") && !value.startsWith("/\\");
  try {
    return new URL(value).origin === new URL(siteUrl()).origin;
  } catch {
    return false;
  }
}

async function refusal(request: Request): Promise<Response | undefined> {
  const url = new URL(request.url);
  const given = [...url.searchParams.getAll("callbackUrl")];
  const cookies = request.headers.get("cookie") ?? "";
  for (const part of cookies.split(";")) {
    const [name, ...rest] = part.trim().split("=");
    if (name && CALLBACK_COOKIES.includes(name)) given.push(decodeURIComponent(rest.join("=")));
  }
  if (request.method === "POST" && (request.headers.get("content-type") ?? "").startsWith("application/x-www-form-urlencoded")) {
    const body = new URLSearchParams(await request.clone().text());
    given.push(...body.getAll("callbackUrl"));
  }
  if (given.some((value) => !isOwnUrl(value))) return Response.json({ error: "That callback address is not this site's." }, { status: 400 });
  const error = url.searchParams.get("error");
  if (error !== null && !/^[A-Za-z]{1,40}$/.test(error)) return Response.json({ error: "Unknown error code." }, { status: 400 });
  return undefined;
}

// The options are built on the first request, not when `next build` imports this file.
async function handler(request: Request, context: { params: Promise<{ nextauth: string[] }> }) {
  try {
    const refused = await refusal(request);
    if (refused) return refused;
  } catch {
    return Response.json({ error: "Bad request." }, { status: 400 });
  }
  return NextAuth(authOptions())(request, context);
}

export { handler as GET, handler as POST };
