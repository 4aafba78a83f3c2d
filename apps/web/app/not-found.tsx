import type { Metadata } from "next";
import Link from "@/components/Link";

export const metadata: Metadata = { title: "Not found", description: "No record or page has this address." };

export default function NotFound() {
  return (
    <article>
      <h1>Not found</h1>
      <p>No record or page has this address. Ids are stable, so a link that worked once still works; this one never did.</p>
      <p>
        Try <Link href="/search">searching by any name or alias</Link>, or start from the <Link href="/">overview</Link>.
      </p>
    </article>
  );
}
