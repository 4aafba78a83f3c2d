import type { NextConfig } from "next";
import { webDistDir } from "./lib/dist-dir.ts";

const nextConfig: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  distDir: webDistDir(),
  // The map outlines are read from the world-atlas package at build time (server only).
  outputFileTracingIncludes: { "/**": ["../../node_modules/world-atlas/countries-10m.json"] },
};

export default nextConfig;
