import { defineConfig } from "tsup";

export default defineConfig({
  // bin.ts is the executable; the interactive UI is a separate chunk loaded only on a TTY.
  entry: { bin: "src/bin.ts" },
  format: ["esm"],
  platform: "node",
  target: "node22",
  splitting: true,
  clean: true,
  sourcemap: false,
  minify: true,
  banner: { js: "#!/usr/bin/env node" },
  // One file per chunk starts faster than hundreds of small modules: the workspace packages,
  // zod, commander and csv-stringify are bundled. Ink and React stay external (Ink is loaded
  // only by the interactive browser).
  noExternal: ["@karabakh-atlas/data", "@karabakh-atlas/domain", "zod", "commander", "csv-stringify", "minisearch", "fastest-levenshtein"],
  // yaml (used by `validate` only) is CommonJS under Node and stays external.
  external: ["ink", "react", "yaml"],
});
