import { KIND_DIRS, listBody, listRecords } from "@/lib/api";

// The static export's lists: /api/v1/<kind>.json is the unfiltered list, the body that
// GET /api/v1/<kind> gives on the server. A static host cannot filter by query parameters.
export const dynamic = "force-static";
export const dynamicParams = false;
export const generateStaticParams = () => KIND_DIRS.map((dir) => ({ kind: `${dir}.json` }));

export async function GET(_request: Request, { params }: { params: Promise<{ kind: string }> }) {
  const { kind } = await params;
  const result = listRecords(kind.replace(/\.json$/, ""), new URLSearchParams());
  if (!result.ok) return Response.json(result.error, { status: 400 });
  return Response.json(listBody(result));
}
