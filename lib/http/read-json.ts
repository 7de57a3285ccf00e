const MAX_JSON_BYTES = 1024 * 1024;

/** A request's JSON body, or undefined when it is missing, too large or not JSON (the caller's zod schema refuses that). */
export async function readJson(request: Request): Promise<unknown> {
  if (Number(request.headers.get("content-length") ?? 0) > MAX_JSON_BYTES) return undefined;
  try {
    const text = await request.text();
    return text.length > MAX_JSON_BYTES ? undefined : JSON.parse(text);
  } catch {
    return undefined;
  }
}
