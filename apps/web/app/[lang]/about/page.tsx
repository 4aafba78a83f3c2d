export { default, generateMetadata } from "../../(en)/about/page";
