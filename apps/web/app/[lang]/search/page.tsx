export { default, generateMetadata } from "../../(en)/search/page";
