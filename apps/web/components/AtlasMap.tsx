import Link from "@/components/Link";
import { COMMODITY_GROUP, RETURN_GROUP, labelOf } from "@karabakh-atlas/domain";
import { translator, type Lang } from "@/lib/i18n";
import { mapView, symbolPath, type MapFocus, type MapLabel } from "@/lib/map";

function Labels({ labels, className }: { labels: MapLabel[]; className: string }) {
  return (
    <g className={className} aria-hidden="true">
      {labels.map((l) => (
        <text key={l.key} x={l.x} y={l.y} fontSize={l.size} textAnchor={l.anchor} className={l.district ? "district-label" : undefined} lang={l.nameLang}>
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
 * follow it. Everything in it is in the page's language (lib/map draws a view per language); a
 * record's English name, where it has none in that language, is marked `lang="en"`.
 */
export function AtlasMap({ focus = { kind: "overview" }, title, lang = "en" }: { focus?: MapFocus; title: string; lang?: Lang }) {
  const { t, locale } = translator(lang);
  const view = mapView(focus, lang);
  if (!view) return <p className="muted">{t("web.map.not-drawn")}</p>;
  const lower = (text: string) => text.toLocaleLowerCase(lang);
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
          <Link key={d.id} href={d.href} className={`map-feature map-district ret-${d.group}${d.focus ? " focus" : ""}`} aria-label={`${d.name}: ${lower(d.groupLabel)}`}>
            <title lang={d.nameLang}>{`${d.name} — ${d.groupLabel}`}</title>
            <path d={d.d} />
            <text x={d.x} y={d.y} className="map-name" textAnchor="middle" aria-hidden="true" lang={d.nameLang}>
              {d.name}
            </text>
          </Link>
        ))}
        {places.map((p) => (
          <Link key={p.key} href={p.href} className="map-feature map-place" aria-label={`${p.name} (${lower(p.detail)})`}>
            <title lang={p.nameLang}>{p.name}</title>
            <circle cx={p.x} cy={p.y} r={4.5} />
            <text x={p.x} y={p.y - 12} className="map-name" textAnchor="middle" aria-hidden="true" lang={p.nameLang}>
              {p.name}
            </text>
          </Link>
        ))}
        {deposits.map((p) => (
          <Link key={p.key} href={p.href} className={`map-feature map-deposit g-${p.group}${p.focus ? " focus" : ""}`} aria-label={`${p.name} (${lower(p.detail)})`}>
            <title lang={p.nameLang}>{p.name}</title>
            <path d={p.d} />
            <text x={p.x} y={p.y - 12} className="map-name" textAnchor="middle" aria-hidden="true" lang={p.nameLang}>
              {p.name}
            </text>
          </Link>
        ))}
        <Labels labels={view.labelsWide} className="map-labels wide" />
        <Labels labels={view.labelsNarrow} className="map-labels narrow" />
      </svg>
      <div className="map-legend" aria-label={t("web.map.key")}>
        <ul>
          {view.groups.map((g) => (
            <li key={g}>
              <svg viewBox="0 0 20 14" width="20" height="14" aria-hidden="true" className={`ret-${g}`}>
                <rect x="1" y="1" width="18" height="12" />
              </svg>
              {labelOf(RETURN_GROUP, g, locale)}
            </li>
          ))}
          {view.commodityGroups.map((g) => (
            <li key={g}>
              <svg viewBox="0 0 20 20" width="16" height="16" aria-hidden="true" className={`map-deposit g-${g}`}>
                <path d={symbolPath(g, 10, 10, 6)} />
              </svg>
              {t("web.map.deposit-group", { group: labelOf(COMMODITY_GROUP, g, locale) })}
            </li>
          ))}
          {places.length > 0 ? (
            <li>
              <svg viewBox="0 0 20 20" width="16" height="16" aria-hidden="true" className="map-place">
                <circle cx="10" cy="10" r="4.5" />
              </svg>
              {t("web.map.town-or-village")}
            </li>
          ) : null}
        </ul>
      </div>
      <figcaption id={`${id}-caption`}>
        {t("web.map.caption", { title, attribution: view.attribution })}
      </figcaption>
      <table className="map-table">
        <caption>{deposits.length + places.length + view.unplaced.length > 0 ? t("web.map.table-with-symbols") : t("web.map.table")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("web.map.district-or-city")}</th>
            <th scope="col">{t("web.column.returned")}</th>
            <th scope="col">{t("web.map.deposits-and-places")}</th>
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
                    <Link href={d.href}>
                      <span lang={d.nameLang}>{d.name}</span>
                    </Link>
                  </th>
                  <td>{d.groupLabel}</td>
                  <td>
                    {here.length + only.length === 0 ? <span className="muted">{t("web.map.none")}</span> : null}
                    {here.map((s, i) => (
                      <span key={s.key}>
                        {i > 0 ? ", " : ""}
                        <Link href={s.href}>
                          <span lang={s.nameLang}>{s.name}</span>
                        </Link>{" "}
                        <span className="muted">({lower(s.detail)})</span>
                      </span>
                    ))}
                    {only.length > 0 ? (
                      <span>
                        {here.length > 0 ? "; " : ""}
                        {t("web.map.district-only")}{" "}
                        {only.map((u, i) => (
                          <span key={u.id}>
                            {i > 0 ? ", " : ""}
                            <Link href={u.href}>
                              <span lang={u.nameLang}>{u.name}</span>
                            </Link>
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
          {t("web.map.region-only")}{" "}
          {view.unplaced
            .filter((u) => !view.districts.some((d) => d.focus && d.id === u.region))
            .map((u, i) => (
              <span key={u.id}>
                {i > 0 ? ", " : ""}
                <Link href={u.href}>
                  <span lang={u.nameLang}>{u.name}</span>
                </Link>{" "}
                <span className="muted">
                  (<span lang={u.regionNameLang}>{u.regionName}</span>)
                </span>
              </span>
            ))}
        </p>
      ) : null}
    </figure>
  );
}

