import NextAuth from "next-auth";
import { authOptions } from "@/lib/accounts/auth-options";
import { siteUrl } from "@/lib/http/site-url";
import { logLine } from "@/lib/platform/log";

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

/**
 * The posted fields, as next-auth will read them, or what is wrong with the body: next-auth's
 * own `req.json()` throws on broken JSON, and a field that is not a string (`callbackUrl: 1`)
 * breaks its string handling; both were answered with a 500 and a stack in the log.
 */
async function postedFields(request: Request): Promise<{ fields: string[] } | { problem: string }> {
  if (request.method !== "POST") return { fields: [] };
  const type = request.headers.get("content-type") ?? "";
  if (type.includes("application/json")) {
    let body: unknown;
    try {
      body = JSON.parse(await request.clone().text());
    } catch {
      return { problem: "a body that is not JSON" };
    }
    if (body === null) return { fields: [] };
    if (typeof body !== "object" || Array.isArray(body)) return { problem: "a JSON body that is not an object" };
    const values = Object.values(body);
    if (values.some((value) => typeof value !== "string")) return { problem: "a JSON field that is not a string" };
    const callbackUrl = (body as Record<string, unknown>).callbackUrl;
    return { fields: typeof callbackUrl === "string" ? [callbackUrl] : [] };
  }
  if (type.startsWith("application/x-www-form-urlencoded")) return { fields: new URLSearchParams(await request.clone().text()).getAll("callbackUrl") };
  return { fields: [] };
}

const badRequest = (request: Request, why: string) => {
  // One line, escaped: what a request sent never writes a line (or a stack) of its own.
  logLine("auth", `refused ${request.method} ${new URL(request.url).pathname}: ${why}`, "warn");
  return Response.json({ error: "Bad request." }, { status: 400 });
};

async function refusal(request: Request): Promise<Response | undefined> {
  const url = new URL(request.url);
  const posted = await postedFields(request);
  if ("problem" in posted) return badRequest(request, posted.problem);
  const given = [...url.searchParams.getAll("callbackUrl")];
  const cookies = request.headers.get("cookie") ?? "";
  for (const part of cookies.split(";")) {
    const [name, ...rest] = part.trim().split("=");
    if (name && CALLBACK_COOKIES.includes(name)) given.push(decodeURIComponent(rest.join("=")));
  }
  given.push(...posted.fields);
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
  } catch (error) {
    return badRequest(request, error instanceof Error ? error.message : "unreadable request");
  }
  return NextAuth(authOptions())(request, context);
}

export { handler as GET, handler as POST };
