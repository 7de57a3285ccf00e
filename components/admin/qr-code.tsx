/** A QR code drawn from lib/site/qr-code.ts's path: plain SVG, no script, no data: address. */
export function QrCode({ size, path, label }: { size: number; path: string; label: string }) {
  return (
    <svg role="img" aria-label={label} viewBox={`0 0 ${size} ${size}`} width={208} height={208} shapeRendering="crispEdges" className="rounded border border-slate-300 bg-white">
      <rect width={size} height={size} fill="#fff" />
      <path d={path} fill="#000" />
    </svg>
  );
}
