import { meta, searchDocuments } from "@/lib/data";
import { searchTitleTable } from "@/lib/searchTitles";

// The static export's search index (lib/search.ts SEARCH_INDEX_PATH): the data package's search
// documents, from which the search page builds the same MiniSearch index in the browser, and the
// hits' titles in Azerbaijani and Russian (lib/searchTitles.ts).
export const dynamic = "force-static";

export function GET() {
  return Response.json({ version: meta().version, documents: searchDocuments(), ...searchTitleTable() });
}
