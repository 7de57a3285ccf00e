import "../globals.css";
import { RootDocument } from "@/components/site/root-document";
import { rootMetadata, rootViewport } from "@/lib/seo/root-metadata";

// The admin's own root layout (in English): see components/site/root-document.tsx.
export function generateMetadata() {
  return rootMetadata();
}

export const viewport = rootViewport;

export default function AdminRootLayout({ children }: { children: React.ReactNode }) {
  return <RootDocument lang="en">{children}</RootDocument>;
}
