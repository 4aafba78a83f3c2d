// The same titles for `next start` (route.export.ts is the static export's). Prerendered at build time.
export const dynamic = "force-static";
export const dynamicParams = false;
export { GET, generateStaticParams } from "./route.export";
