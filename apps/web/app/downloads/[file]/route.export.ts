import { downloadFiles, downloadResponse } from "@/lib/downloads";

// The static export's downloads: the same files as route.ts, written to /downloads/<file> at build time.
export const dynamic = "force-static";
export const dynamicParams = false;
export const generateStaticParams = () => downloadFiles().map((f) => ({ file: f.name }));

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  return downloadResponse((await params).file);
}
