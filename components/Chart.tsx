import type { CardChart } from "../core/card/types";

/**
 * A small bar chart drawn as SVG (issue #5). Its text alternative is the caption; each bar is
 * focusable and shows its value on hover or focus, and carries it as its accessible name.
 */
export function Chart({ chart, hint }: { chart: CardChart; hint: string }) {
  const width = 320;
  const height = 120;
  const top = 18;
  const bottom = 18;
  const max = Math.max(1, ...chart.bars.map((b) => b.value));
  const step = width / Math.max(1, chart.bars.length);
  const barWidth = Math.max(4, Math.min(28, step * 0.62));
  const captionId = `tm-chart-${chart.sourceId}`;
  return (
    <figure class="tm-chart">
      <figcaption id={captionId}>
        <span class="tm-chart-title">{chart.title}</span>
        <span class="tm-visually-hidden"> {chart.summary}</span>
      </figcaption>
      <svg viewBox={`0 0 ${width} ${height}`} role="group" aria-labelledby={captionId} focusable="false">
        <line class="tm-axis" x1="0" x2={width} y1={height - bottom} y2={height - bottom} />
        {chart.bars.map((bar, i) => {
          const h = ((height - top - bottom) * bar.value) / max;
          const x = i * step + (step - barWidth) / 2;
          const y = height - bottom - h;
          return (
            <g
              key={bar.label}
              class={bar.current ? "tm-bar tm-bar-current" : "tm-bar"}
              tabindex={0}
              role="img"
              aria-label={`${bar.label}: ${bar.display}`}
            >
              <rect x={x} y={y} width={barWidth} height={Math.max(h, 1)} rx="1.5" />
              <text class="tm-bar-value" x={x + barWidth / 2} y={Math.max(y - 4, 10)} text-anchor="middle">{bar.display}</text>
              <text class="tm-bar-label" x={x + barWidth / 2} y={height - 4} text-anchor="middle">{bar.label}</text>
            </g>
          );
        })}
      </svg>
      <p class="tm-chart-hint" aria-hidden="true">{hint}</p>
    </figure>
  );
}
