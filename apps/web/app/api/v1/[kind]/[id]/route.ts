import { getRecord } from "@/lib/api";

export async function GET(_request: Request, { params }: { params: Promise<{ kind: string; id: string }> }) {
  const { kind, id } = await params;
  const { status, body } = getRecord(kind, id);
  return Response.json(body, { status });
}
