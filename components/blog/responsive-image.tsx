/* eslint-disable @next/next/no-img-element -- uploads are offered in the variants made at upload; no image optimizer */
import type { MediaWithVariants } from "@/db/media";
import { COLUMN_SIZES, sourcesFor } from "@/lib/media/responsive-images";

/** An upload (a cover) as a <picture> of its AVIF and WebP variants; the upload itself when it has none. */
export function ResponsiveImage({ src, image, alt, className, priority = false }: { src: string; image: MediaWithVariants | undefined; alt: string; className?: string; priority?: boolean }) {
  const sources = image && sourcesFor(image);
  const size = image?.width && image.height ? { width: image.width, height: image.height } : {};
  if (!sources) return <img src={src} alt={alt} {...size} className={className} />;
  return (
    <picture>
      {sources.avif && <source type="image/avif" srcSet={sources.avif} sizes={COLUMN_SIZES} />}
      <source type="image/webp" srcSet={sources.webp} sizes={COLUMN_SIZES} />
      <img src={sources.fallback} alt={alt} {...size} className={className} decoding="async" fetchPriority={priority ? "high" : undefined} />
    </picture>
  );
}
