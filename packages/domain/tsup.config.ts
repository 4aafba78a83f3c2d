import { defineConfig } from "tsup";

export default defineConfig({
  // `vocabulary` is the zod-free part of the domain, for code that must start fast; `i18n` adds
  // the message files (az, en, ru) and the locales the formatters take.
  entry: ["src/index.ts", "src/vocabulary.ts", "src/i18n.ts"],
  format: ["esm", "cjs"],
  dts: true,
  clean: true,
  // No source maps in the published package.
  sourcemap: false,
  target: "node20",
  // Azerbaijani and Russian text as UTF-8, not as \u escapes (a third of the size).
  esbuildOptions(options) {
    options.charset = "utf8";
  },
});
