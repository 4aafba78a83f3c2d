import { meta, searchDocuments } from "@/lib/data";

// The static export's search index (lib/search.ts SEARCH_INDEX_PATH): the data package's search
// documents, from which the search page builds the same MiniSearch index in the browser.
export const dynamic = "force-static";

export function GET() {
  return Response.json({ version: meta().version, documents: searchDocuments() });
}
