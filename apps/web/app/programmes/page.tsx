import type { Metadata } from "next";
import Link from "@/components/Link";
import { PROGRAMME_KIND } from "@karabakh-atlas/domain";
import { listProgrammes } from "@/lib/data";

export const metadata: Metadata = { title: "Programmes", description: "State programmes and policies named in the sources." };

export default function ProgrammesPage() {
  const programmes = listProgrammes();
  return (
    <>
      <h1>Programmes</h1>
      {programmes.length === 0 ? (
        <p className="empty">No programmes in the dataset yet.</p>
      ) : (
        <ul className="records">
          {programmes.map((p) => (
            <li key={p.id}>
              <Link className="title" href={`/programmes/${p.id}`}>
                {p.names.en}
              </Link>
              <span className="muted"> — {PROGRAMME_KIND.labels[p.kind]}</span>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
