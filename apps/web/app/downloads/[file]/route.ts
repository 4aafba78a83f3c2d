import { downloadFiles, downloadResponse } from "@/lib/downloads";

export const dynamicParams = false;
export const generateStaticParams = () => downloadFiles().map((f) => ({ file: f.name }));

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  return downloadResponse((await params).file);
}
