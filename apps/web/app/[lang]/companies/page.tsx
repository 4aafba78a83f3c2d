export { default, generateMetadata } from "../../(en)/companies/page";
