import type { NextRequest } from "next/server";
import { listBody, listRecords } from "@/lib/api";

export async function GET(request: NextRequest, { params }: { params: Promise<{ kind: string }> }) {
  const { kind } = await params;
  const result = listRecords(kind, request.nextUrl.searchParams);
  if (!result.ok) return Response.json(result.error, { status: 400 });
  return Response.json(listBody(result));
}
