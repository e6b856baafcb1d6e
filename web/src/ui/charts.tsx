/** Charts as inline SVG: no library, nothing fetched. */

export interface Bar {
  label: string;
  value: number;
  /** Drawn as a lighter bar behind `value`, e.g. the requirement behind what is available. */
  target?: number;
  /** What to write beside the bar; the value (and target) when left out. */
  text?: string;
}

export function BarChart({ bars, title, unit = '' }: { bars: Bar[]; title: string; unit?: string }) {
  const rowHeight = 22;
  const labelWidth = 220;
  const width = 640;
  const max = Math.max(1, ...bars.map((bar) => Math.max(bar.value, bar.target ?? 0)));
  const scale = (value: number) => ((width - labelWidth - 170) * value) / max;
  return (
    <svg
      className="chart"
      role="img"
      aria-label={title}
      viewBox={`0 0 ${width} ${bars.length * rowHeight + 4}`}
      width="100%"
      preserveAspectRatio="xMinYMin meet"
    >
      {bars.map((bar, index) => (
        <g key={bar.label + index} transform={`translate(0 ${index * rowHeight})`}>
          <text x={labelWidth - 6} y={15} textAnchor="end" className="chart-label">
            {bar.label}
          </text>
          {bar.target !== undefined && (
            <rect x={labelWidth} y={3} width={scale(bar.target)} height={16} className="chart-target" />
          )}
          <rect x={labelWidth} y={3} width={scale(bar.value)} height={16} className="chart-bar" />
          <text x={labelWidth + Math.max(scale(bar.value), scale(bar.target ?? 0)) + 4} y={15} className="chart-value">
            {bar.text ?? (bar.target !== undefined ? `${bar.value} / ${bar.target}${unit}` : `${bar.value}${unit}`)}
          </text>
        </g>
      ))}
    </svg>
  );
}

export interface Segment {
  key: string;
  value: number;
  className: string;
}

/** One stacked bar per row (e.g. a city's open, overdue, on-time, late and waived obligations), with a legend. */
export function StackedBars({
  rows,
  legend,
  title,
}: {
  rows: Array<{ label: string; segments: Segment[] }>;
  legend: Array<{ className: string; label: string }>;
  title: string;
}) {
  const rowHeight = 22;
  const labelWidth = 170;
  const width = 560;
  const max = Math.max(1, ...rows.map((row) => row.segments.reduce((sum, segment) => sum + segment.value, 0)));
  const scale = (value: number) => ((width - labelWidth - 40) * value) / max;
  return (
    <figure className="chart-figure">
      <svg
        className="chart"
        role="img"
        aria-label={title}
        viewBox={`0 0 ${width} ${rows.length * rowHeight + 4}`}
        width="100%"
      >
        {rows.map((row, index) => {
          let x = labelWidth;
          const total = row.segments.reduce((sum, segment) => sum + segment.value, 0);
          return (
            <g key={row.label + index} transform={`translate(0 ${index * rowHeight})`}>
              <text x={labelWidth - 6} y={15} textAnchor="end" className="chart-label">
                {row.label}
              </text>
              {row.segments.map((segment) => {
                const rect = (
                  <rect
                    key={segment.key}
                    x={x}
                    y={3}
                    width={scale(segment.value)}
                    height={16}
                    className={segment.className}
                  >
                    <title>{`${segment.key}: ${segment.value}`}</title>
                  </rect>
                );
                x += scale(segment.value);
                return rect;
              })}
              <text x={x + 4} y={15} className="chart-value">
                {total}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption className="legend">
        {legend.map((item) => (
          <span key={item.className}>
            <i className={item.className} /> {item.label}
          </span>
        ))}
      </figcaption>
    </figure>
  );
}

/** A small line of points between 0 and 1 (a trust trend). */
export function Sparkline({ points, label }: { points: number[]; label: string }) {
  const width = 120;
  const height = 28;
  if (points.length < 2) return null;
  const path = points
    .map(
      (value, index) =>
        `${index === 0 ? 'M' : 'L'}${((width * index) / (points.length - 1)).toFixed(1)} ${(height - value * height).toFixed(1)}`,
    )
    .join(' ');
  return (
    <svg
      className="sparkline"
      role="img"
      aria-label={label}
      viewBox={`0 0 ${width} ${height}`}
      width={width}
      height={height}
    >
      <path d={path} fill="none" />
    </svg>
  );
}

export interface MapCity {
  id: string;
  label: string;
  latitude: number;
  longitude: number;
  /** Shown as the circle's size. */
  stock: number;
}

/**
 * The cluster's cities placed by their coordinates (equirectangular, longitude scaled by the cosine of the mean
 * latitude so distances look right at these latitudes), each circle sized by its shareable stock. No tiles.
 */
export function ClusterMap({ cities, title }: { cities: MapCity[]; title: string }) {
  const width = 560;
  const height = 380;
  const pad = 40;
  if (cities.length === 0) return null;
  const meanLatitude = cities.reduce((sum, city) => sum + city.latitude, 0) / cities.length;
  const xScale = Math.cos((meanLatitude * Math.PI) / 180);
  const xs = cities.map((city) => city.longitude * xScale);
  const ys = cities.map((city) => city.latitude);
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const span = Math.max(maxX - minX, maxY - minY, 0.01);
  const project = (city: MapCity) => ({
    // The right margin leaves room for the easternmost city's name.
    x: pad + ((city.longitude * xScale - minX) / span) * (width - 2 * pad - 60),
    y: height - pad - ((city.latitude - minY) / span) * (height - 2 * pad),
  });
  const maxStock = Math.max(1, ...cities.map((city) => city.stock));
  return (
    <svg className="map" role="img" aria-label={title} viewBox={`0 0 ${width} ${height}`} width="100%">
      <rect x={0} y={0} width={width} height={height} className="map-ground" />
      {cities.map((city) => {
        const { x, y } = project(city);
        return (
          <g key={city.id} data-city={city.id}>
            <circle cx={x} cy={y} r={4 + 14 * Math.sqrt(city.stock / maxStock)} className="map-stock">
              <title>{`${city.label}: ${city.stock}`}</title>
            </circle>
            <circle cx={x} cy={y} r={2.5} className="map-dot" />
            <text x={x + 6} y={y - 6} className="map-label">
              {city.label}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
