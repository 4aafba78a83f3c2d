export { default, generateMetadata } from "../../(en)/timeline/page";
