// The same index for `next start` (route.export.ts is the static export's). Prerendered at build time.
export const dynamic = "force-static";
export { GET } from "./route.export";
