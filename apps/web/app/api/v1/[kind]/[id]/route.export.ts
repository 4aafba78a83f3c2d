import { getRecord, recordKeys } from "@/lib/api";

// The static export's records: /api/v1/<kind>/<id>.json, the body that GET /api/v1/<kind>/<id>
// gives on the server.
export const dynamic = "force-static";
export const dynamicParams = false;
export const generateStaticParams = () => recordKeys().map(({ dir, id }) => ({ kind: dir, id: `${id}.json` }));

export async function GET(_request: Request, { params }: { params: Promise<{ kind: string; id: string }> }) {
  const { kind, id } = await params;
  const { status, body } = getRecord(kind, id.replace(/\.json$/, ""));
  return Response.json(body, { status });
}
