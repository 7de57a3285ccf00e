/**
 * A link that opens directions to the office in the phone's maps (a plain link: nothing
 * is loaded from a maps service until the person taps it). The address is the settings'.
 */
export function directionsUrl(address: string): string {
  return `https://www.google.com/maps/dir/?api=1&destination=${encodeURIComponent(address.replace(/\s*\n\s*/g, ", ").trim())}`;
}
