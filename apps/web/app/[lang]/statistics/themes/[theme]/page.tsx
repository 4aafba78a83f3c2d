export { default, generateMetadata, generateStaticParams } from "../../../../(en)/statistics/themes/[theme]/page";

// Next.js reads a segment option from the page file itself: it does not follow a re-export.
export const dynamicParams = false;
