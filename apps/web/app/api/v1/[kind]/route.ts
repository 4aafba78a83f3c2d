import type { NextRequest } from "next/server";
import { meta } from "@/lib/data";
import { listRecords } from "@/lib/api";

export async function GET(request: NextRequest, { params }: { params: Promise<{ kind: string }> }) {
  const { kind } = await params;
  const result = listRecords(kind, request.nextUrl.searchParams);
  if (!result.ok) return Response.json(result.error, { status: 400 });
  const { version, updated } = meta();
  return Response.json({ kind: result.kind.dir, version, updated, filters: result.filters, count: result.items.length, data: result.items });
}
