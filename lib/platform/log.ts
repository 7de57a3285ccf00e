// The server's one way to write a log line. Whatever a request carries (a URL, a header,
// a cookie, an email typed) may end up in a message: control characters are escaped so
// no input can start a line of its own, and a message is cut at 1,000 characters.
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;

/** `text` on one line: control characters as \n, \r, \t or \u00XX. */
export function escapeControl(text: string): string {
  return text.replace(CONTROL, (char) => {
    if (char === "\n") return "\\n";
    if (char === "\r") return "\\r";
    if (char === "\t") return "\\t";
    return `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`;
  });
}

const MAX_LENGTH = 1000;

/** Writes "[tag] message" as one line (errors and warnings to stderr). */
export function logLine(tag: string, message: string, level: "info" | "warn" | "error" = "error"): void {
  const text = escapeControl(message);
  const line = `[${escapeControl(tag)}] ${text.length > MAX_LENGTH ? `${text.slice(0, MAX_LENGTH)}…` : text}`;
  if (level === "info") console.log(line);
  else if (level === "warn") console.warn(line);
  else console.error(line);
}
