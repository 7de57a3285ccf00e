// The device class of a page view, from the user agent (which is not stored): enough for
// "most readers are on phones", nothing that tells one visitor from another.

export type DeviceClass = "phone" | "tablet" | "desktop";

export function deviceClass(userAgent: string): DeviceClass {
  // iPadOS 13+ says "Macintosh"; without a touch hint the server cannot tell, and counts a desktop.
  if (/iPad|Tablet|PlayBook|Silk|(Android(?!.*Mobile))/i.test(userAgent)) return "tablet";
  if (/Mobi|iPhone|iPod|Android|Opera Mini|IEMobile/i.test(userAgent)) return "phone";
  return "desktop";
}
