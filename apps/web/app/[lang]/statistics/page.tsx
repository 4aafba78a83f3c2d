export { default, generateMetadata } from "../../(en)/statistics/page";
