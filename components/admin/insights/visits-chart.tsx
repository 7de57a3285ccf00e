import type { DailyFigure } from "@/lib/visits/insights-report";

// Visits (bars) and unique visitors (line) per day, drawn on the server as SVG: no chart
// library and no JavaScript in the admin. The table beside it carries the same figures for
// screen readers and anyone who wants the numbers, so the drawing is hidden from them.
const WIDTH = 720;
const HEIGHT = 200;
const PAD = 24;

export function VisitsChart({ daily }: { daily: DailyFigure[] }) {
  const top = Math.max(1, ...daily.map((d) => d.views));
  const step = (WIDTH - PAD * 2) / Math.max(1, daily.length);
  const y = (value: number) => HEIGHT - PAD - (value / top) * (HEIGHT - PAD * 2);
  const line = daily.map((d, i) => `${(PAD + i * step + step / 2).toFixed(1)},${y(d.visitors).toFixed(1)}`).join(" ");
  return (
    <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} className="h-auto w-full" aria-hidden="true" focusable="false">
      <line x1={PAD} x2={WIDTH - PAD} y1={HEIGHT - PAD} y2={HEIGHT - PAD} className="stroke-slate-400" />
      <text x={PAD} y={PAD - 8} className="fill-slate-700 text-[11px]">
        {top} a day
      </text>
      {daily.map((d, i) => (
        <rect key={d.day} x={PAD + i * step + step * 0.1} y={y(d.views)} width={Math.max(1, step * 0.8)} height={HEIGHT - PAD - y(d.views)} className="fill-brand-600" />
      ))}
      {daily.length > 1 && <polyline points={line} fill="none" strokeWidth={2} className="stroke-accent-600" />}
      <text x={PAD} y={HEIGHT - 6} className="fill-slate-700 text-[11px]">
        {daily[0]?.day}
      </text>
      <text x={WIDTH - PAD} y={HEIGHT - 6} textAnchor="end" className="fill-slate-700 text-[11px]">
        {daily.at(-1)?.day}
      </text>
    </svg>
  );
}
