export { default, generateMetadata } from "../../(en)/downloads/page";
