import { firmIcon } from "@/components/site/firm-icon";

// What an iPhone shows when a page is added to the home screen.
export const size = { width: 180, height: 180 };
export const contentType = "image/png";

export default function AppleIcon() {
  return firmIcon(180);
}
