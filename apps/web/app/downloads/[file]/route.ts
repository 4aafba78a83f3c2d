import { downloadFiles } from "@/lib/downloads";

export const dynamicParams = false;
export const generateStaticParams = () => downloadFiles().map((f) => ({ file: f.name }));

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  const found = downloadFiles().find((f) => f.name === file);
  if (!found) return Response.json({ error: "not found", message: `No download named '${file}'.` }, { status: 404 });
  const charset = found.type.startsWith("text/") || found.type.includes("json") ? "; charset=utf-8" : "";
  return new Response(found.body(), {
    headers: { "content-type": `${found.type}${charset}`, "content-disposition": `inline; filename="${found.name}"` },
  });
}
