import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  distDir: process.env.KARABAKH_ATLAS_DATASET ? ".next/test-dataset" : ".next", // a test dataset (lib/data.ts) builds apart
  // The map outlines are read from the world-atlas package at build time (server only).
  outputFileTracingIncludes: { "/**": ["../../node_modules/world-atlas/countries-10m.json"] },
};

export default nextConfig;
