import Link from "@/components/Link";
import type { EntityKind } from "@karabakh-atlas/domain";
import { localHref, type Lang } from "@/lib/i18n";
import { hrefOf } from "@/lib/routes";
import { markedTitleIn } from "./RecordTitle";

/** A link to any record by kind and id, titled in the page's language (marked where it is in another: `markedTitleIn`), to its page in that language. */
export function RecordLink({ lang = "en", kind, id }: { lang?: Lang; kind: EntityKind; id: string }) {
  return <Link href={localHref(lang, hrefOf(kind, id))}>{markedTitleIn(lang, kind, id)}</Link>;
}
