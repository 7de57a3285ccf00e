/** "Chrome on Windows" from a browser's User-Agent, for the list of sessions; "Unknown device" otherwise. */
export function deviceName(userAgent: string | null | undefined): string {
  if (!userAgent) return "Unknown device";
  const browser = /Edg\//.test(userAgent)
    ? "Edge"
    : /Firefox\//.test(userAgent)
      ? "Firefox"
      : /Chrome\/|Chromium\//.test(userAgent)
        ? "Chrome"
        : /Safari\//.test(userAgent)
          ? "Safari"
          : undefined;
  const system = /iPhone|iPad/.test(userAgent)
    ? "iPhone or iPad"
    : /Android/.test(userAgent)
      ? "Android"
      : /Windows/.test(userAgent)
        ? "Windows"
        : /Mac OS X|Macintosh/.test(userAgent)
          ? "Mac"
          : /Linux|X11/.test(userAgent)
            ? "Linux"
            : undefined;
  if (!browser && !system) return "Unknown device";
  return [browser ?? "A browser", system && `on ${system}`].filter(Boolean).join(" ");
}
