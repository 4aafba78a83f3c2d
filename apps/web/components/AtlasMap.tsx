import Link from "@/components/Link";
import { COMMODITY_GROUP, RETURN_GROUP } from "@karabakh-atlas/domain";
import { mapView, symbolPath, type MapFocus, type MapLabel } from "@/lib/map";
import { LocalAnchor } from "./LocalAnchor";

function Labels({ labels, className }: { labels: MapLabel[]; className: string }) {
  return (
    <g className={className} aria-hidden="true">
      {labels.map((l) => (
        <text key={l.key} x={l.x} y={l.y} fontSize={l.size} textAnchor={l.anchor} className={l.district ? "district-label" : undefined}>
          {l.text}
        </text>
      ))}
    </g>
  );
}

/**
 * The atlas's map, drawn on the server: the districts shaded by when they returned, deposits as
 * symbols by commodity group, places as dots, each a link (Tab reaches every one; hover and focus
 * show its name). A legend, the attribution of the boundaries and a table with the same content
 * follow it.
 */
export function AtlasMap({ focus = { kind: "overview" }, title }: { focus?: MapFocus; title: string }) {
  const view = mapView(focus);
  if (!view) return <p className="muted">Not drawn: the atlas has no polygon for this region or a district that holds it.</p>;
  const id = `map-${focus.kind === "overview" ? "overview" : `${focus.kind}-${focus.id}`}`;
  const deposits = view.symbols.filter((s) => s.kind === "deposit");
  const places = view.symbols.filter((s) => s.kind === "region");
  return (
    <figure className="map" aria-labelledby={`${id}-caption`}>
      <svg viewBox={`0 0 ${view.width} ${view.height}`} className="map-svg" role="group" aria-label={title}>
        <g aria-hidden="true">
          {view.context.map((c) => (
            <path key={c.key} d={c.d} className={c.country ? "map-country" : "map-context"} />
          ))}
        </g>
        {view.districts.map((d) => (
          <LocalAnchor key={d.id} href={d.href} className={`map-feature map-district ret-${d.group}${d.focus ? " focus" : ""}`} aria-label={`${d.name}: ${d.groupLabel.toLowerCase()}`}>
            <title>{`${d.name} — ${d.groupLabel}`}</title>
            <path d={d.d} />
            <text x={d.x} y={d.y} className="map-name" textAnchor="middle" aria-hidden="true">
              {d.name}
            </text>
          </LocalAnchor>
        ))}
        {places.map((p) => (
          <LocalAnchor key={p.key} href={p.href} className="map-feature map-place" aria-label={`${p.name} (${p.detail.toLowerCase()})`}>
            <title>{p.name}</title>
            <circle cx={p.x} cy={p.y} r={4.5} />
            <text x={p.x} y={p.y - 12} className="map-name" textAnchor="middle" aria-hidden="true">
              {p.name}
            </text>
          </LocalAnchor>
        ))}
        {deposits.map((p) => (
          <LocalAnchor key={p.key} href={p.href} className={`map-feature map-deposit g-${p.group}${p.focus ? " focus" : ""}`} aria-label={`${p.name} (${p.detail.toLowerCase()})`}>
            <title>{p.name}</title>
            <path d={p.d} />
            <text x={p.x} y={p.y - 12} className="map-name" textAnchor="middle" aria-hidden="true">
              {p.name}
            </text>
          </LocalAnchor>
        ))}
        <Labels labels={view.labelsWide} className="map-labels wide" />
        <Labels labels={view.labelsNarrow} className="map-labels narrow" />
      </svg>
      <div className="map-legend" aria-label="Key">
        <ul>
          {view.groups.map((g) => (
            <li key={g}>
              <svg viewBox="0 0 20 14" width="20" height="14" aria-hidden="true" className={`ret-${g}`}>
                <rect x="1" y="1" width="18" height="12" />
              </svg>
              {RETURN_GROUP.labels[g]}
            </li>
          ))}
          {view.commodityGroups.map((g) => (
            <li key={g}>
              <svg viewBox="0 0 20 20" width="16" height="16" aria-hidden="true" className={`map-deposit g-${g}`}>
                <path d={symbolPath(g, 10, 10, 6)} />
              </svg>
              {COMMODITY_GROUP.labels[g]} (deposit)
            </li>
          ))}
          {places.length > 0 ? (
            <li>
              <svg viewBox="0 0 20 20" width="16" height="16" aria-hidden="true" className="map-place">
                <circle cx="10" cy="10" r="4.5" />
              </svg>
              Town or village
            </li>
          ) : null}
        </ul>
      </div>
      <figcaption id={`${id}-caption`}>
        {title}. A deposit known only to its district has no symbol: its district stands for it. {view.attribution} Other
        countries: Natural Earth.
      </figcaption>
      <table className="map-table">
        <caption>The districts on the map{deposits.length + places.length + view.unplaced.length > 0 ? ", with their deposits and places" : ""}</caption>
        <thead>
          <tr>
            <th scope="col">District or city</th>
            <th scope="col">Returned</th>
            <th scope="col">Deposits and places</th>
          </tr>
        </thead>
        <tbody>
          {view.districts
            .filter((d) => d.focus)
            .map((d) => {
              const here = [...deposits, ...places].filter((x) => x.district === d.id);
              const only = view.unplaced.filter((u) => u.region === d.id);
              return (
                <tr key={d.id}>
                  <th scope="row">
                    <Link href={d.href}>{d.name}</Link>
                  </th>
                  <td>{d.groupLabel}</td>
                  <td>
                    {here.length + only.length === 0 ? <span className="muted">none in the atlas</span> : null}
                    {here.map((s, i) => (
                      <span key={s.key}>
                        {i > 0 ? ", " : ""}
                        <Link href={s.href}>{s.name}</Link> <span className="muted">({s.detail.toLowerCase()})</span>
                      </span>
                    ))}
                    {only.length > 0 ? (
                      <span>
                        {here.length > 0 ? "; " : ""}
                        known only to the district:{" "}
                        {only.map((u, i) => (
                          <span key={u.id}>
                            {i > 0 ? ", " : ""}
                            <Link href={u.href}>{u.name}</Link>
                          </span>
                        ))}
                      </span>
                    ) : null}
                  </td>
                </tr>
              );
            })}
        </tbody>
      </table>
      {view.unplaced.some((u) => !view.districts.some((d) => d.focus && d.id === u.region)) ? (
        <p>
          Known only to a region without a polygon of its own:{" "}
          {view.unplaced
            .filter((u) => !view.districts.some((d) => d.focus && d.id === u.region))
            .map((u, i) => (
              <span key={u.id}>
                {i > 0 ? ", " : ""}
                <Link href={u.href}>{u.name}</Link> <span className="muted">({u.regionName})</span>
              </span>
            ))}
        </p>
      ) : null}
    </figure>
  );
}

