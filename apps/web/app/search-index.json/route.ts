// The same index for `next start` (route.export.ts is the static export's): the header's
// suggestions load it when the search box is first used. Prerendered at build time.
export const dynamic = "force-static";
export { GET } from "./route.export";
