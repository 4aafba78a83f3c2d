export { default, generateMetadata } from "../../(en)/deposits/page";
