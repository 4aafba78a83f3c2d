import { defineConfig } from "tsup";

export default defineConfig({
  // `vocabulary` is the zod-free part of the domain, for code that must start fast.
  entry: ["src/index.ts", "src/vocabulary.ts"],
  format: ["esm", "cjs"],
  dts: true,
  clean: true,
  // No source maps in the published package.
  sourcemap: false,
  target: "node20",
});
