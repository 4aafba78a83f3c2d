import { translator, type Lang } from "@/lib/i18n";

/**
 * "On this page": jump links to a long page's sections (only those the page has). `label` names
 * the list for assistive technology where "On this page" alone would not (its heading stays).
 */
export function Contents({ lang = "en", items, label }: { lang?: Lang; items: readonly ({ id: string; label: string } | false | null | undefined)[]; label?: string }) {
  const shown = items.filter((i): i is { id: string; label: string } => Boolean(i));
  if (shown.length < 2) return null;
  const { t } = translator(lang);
  return (
    <nav aria-label={label ?? t("common.on-this-page")} className="contents">
      <h2 className="contents-title">{t("common.on-this-page")}</h2>
      <ul>
        {shown.map((i) => (
          <li key={i.id}>
            <a href={`#${i.id}`}>{i.label}</a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
