import { firmIcon } from "@/components/site/firm-icon";

// The browser tab's icon, and the sizes a phone's home screen and app list ask for
// (app/manifest.ts). Cached like the public pages, refreshed with them.
export function generateImageMetadata() {
  return [32, 192, 512].map((size) => ({ id: String(size), size: { width: size, height: size }, contentType: "image/png" }));
}

export default async function Icon({ id }: { id: Promise<string> }) {
  return firmIcon(Number(await id));
}
