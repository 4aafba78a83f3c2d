import Link from "@/components/Link";
import type { EntityKind } from "@karabakh-atlas/domain";
import { localHref, type Lang } from "@/lib/i18n";
import { titleIn } from "@/lib/localize";
import { hrefOf } from "@/lib/routes";

/** A link to any record by kind and id, titled in the page's language, to its page in that language. */
export function RecordLink({ lang = "en", kind, id }: { lang?: Lang; kind: EntityKind; id: string }) {
  return <Link href={localHref(lang, hrefOf(kind, id))}>{titleIn(lang, kind, id)}</Link>;
}
