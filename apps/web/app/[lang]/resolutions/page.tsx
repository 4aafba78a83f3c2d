export { default, generateMetadata } from "../../(en)/resolutions/page";
