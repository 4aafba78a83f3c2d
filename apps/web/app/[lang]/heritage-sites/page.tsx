export { default, generateMetadata } from "../../(en)/heritage-sites/page";
