export { default, generateMetadata } from "../../(en)/programmes/page";
