import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // The map outlines are read from the world-atlas package at build time (server only).
  outputFileTracingIncludes: { "/**": ["../../node_modules/world-atlas/countries-10m.json"] },
};

export default nextConfig;
