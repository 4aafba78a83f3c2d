export { default, generateMetadata } from "../../(en)/sources/page";
