import Link from "@/components/Link";
import type { EntityKind } from "@karabakh-atlas/domain";
import { titleOf } from "@/lib/data";
import { hrefOf } from "@/lib/routes";

/** A link to any record by kind and id, titled as the data package titles it. */
export function RecordLink({ kind, id }: { kind: EntityKind; id: string }) {
  return <Link href={hrefOf(kind, id)}>{titleOf(kind, id)}</Link>;
}
