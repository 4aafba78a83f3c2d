import Link from "@/components/Link";
import { MAP_HEIGHT, MAP_WIDTH, mapData } from "@/lib/map";

/**
 * A map drawn on the server: Natural Earth outlines and every record that has coordinates,
 * each point a link. The list below it says the same for anyone who cannot see the map.
 */
export function AtlasMap({ highlight, title = "Map of places and deposits" }: { highlight?: string[]; title?: string }) {
  const { shapes, points } = mapData();
  const marked = new Set(highlight ?? []);
  const titleId = `map-title-${(highlight ?? ["all"]).join("-")}`;
  return (
    <figure className="map">
      <svg viewBox={`0 0 ${MAP_WIDTH} ${MAP_HEIGHT}`} aria-labelledby={titleId} className="map-svg">
        <title id={titleId}>{title}</title>
        {shapes.map((s) => (
          <path key={s.id} d={s.d} className={s.framed ? "map-country framed" : "map-country"}>
            <title>{s.name}</title>
          </path>
        ))}
        {points.map((p) => (
          <a key={p.key} href={p.href} aria-label={`${p.label} (${p.detail})`} className={`map-point ${p.kind}${marked.has(p.id) ? " marked" : ""}`}>
            {p.kind === "deposit" ? (
              <rect x={p.x - 4} y={p.y - 4} width={8} height={8} transform={`rotate(45 ${p.x} ${p.y})`} />
            ) : (
              <circle cx={p.x} cy={p.y} r={p.kind === "region" ? 4 : 3} />
            )}
            <text x={p.x + 7} y={p.y + 4}>
              {p.label}
            </text>
          </a>
        ))}
      </svg>
      <figcaption>
        Outlines: Natural Earth (1:10m), via the world-atlas package. Circles are places, diamonds deposits; only
        records with coordinates are drawn.
      </figcaption>
      <details className="map-list">
        <summary>The {points.length} mapped records as a list</summary>
        {points.length === 0 ? (
          <p>No record has coordinates yet.</p>
        ) : (
          <ul>
            {points.map((p) => (
              <li key={p.key}>
                <Link href={p.href}>{p.label}</Link> — {p.detail}, {p.lat.toFixed(3)}° N, {p.lon.toFixed(3)}° E
              </li>
            ))}
          </ul>
        )}
      </details>
    </figure>
  );
}
