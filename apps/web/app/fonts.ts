import localFont from "next/font/local";

// Inter from the @fontsource-variable package, served from this site (no font CDN). Latin and
// Latin Extended are two families so the browser takes ə, ı, ş, ğ from the second.
export const inter = localFont({
  src: "../../../node_modules/@fontsource-variable/inter/files/inter-latin-wght-normal.woff2",
  variable: "--font-latin",
  weight: "100 900",
  display: "swap",
});

export const interExt = localFont({
  src: "../../../node_modules/@fontsource-variable/inter/files/inter-latin-ext-wght-normal.woff2",
  variable: "--font-latin-ext",
  weight: "100 900",
  display: "swap",
  preload: false,
});
