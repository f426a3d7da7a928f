export interface BarChartRow {
  label: string;
  value: number | null;
  /** The value as text, e.g. "3,5 dagen". */
  valueText: string;
}

export interface BarChartProps {
  rows: readonly BarChartRow[];
}

/**
 * A simple horizontal bar chart in HTML and SVG (no chart library; no inline styles, for the CSP).
 * Hidden from screen readers: the table next to it carries the same figures.
 */
export function BarChart({ rows }: BarChartProps) {
  const max = Math.max(0, ...rows.map((row) => row.value ?? 0));
  return (
    <div className="dialoog-bar-chart" aria-hidden="true">
      {rows.map((row, index) => (
        <div key={`${row.label}-${index}`} className="dialoog-bar-chart__row">
          <span className="dialoog-bar-chart__label">{row.label}</span>
          <svg className="dialoog-bar-chart__bar" viewBox="0 0 100 10" preserveAspectRatio="none" focusable="false">
            <rect className="dialoog-bar-chart__track" x="0" y="0" width="100" height="10" />
            <rect className="dialoog-bar-chart__value" x="0" y="0" width={max > 0 && row.value ? (row.value / max) * 100 : 0} height="10" />
          </svg>
          <span className="dialoog-bar-chart__text">{row.valueText}</span>
        </div>
      ))}
    </div>
  );
}
