export { default, generateMetadata } from "../../(en)/regions/page";
