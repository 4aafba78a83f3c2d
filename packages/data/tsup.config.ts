import { defineConfig } from "tsup";

export default defineConfig({
  // `search` is the index alone (MiniSearch and the domain's text folding, no dataset, no Node
  // built-ins), for browsers that load the documents themselves.
  entry: { index: "src/index.ts", core: "src/core.ts", validate: "src/validate.ts", search: "src/search.ts", sqlite: "src/sqlite.ts" },
  format: ["esm", "cjs"],
  dts: true,
  clean: true,
  sourcemap: true,
  target: "node20",
  // The domain package is a dependency, not bundled: users get one copy of the schemas.
  external: ["@karabakh-atlas/domain"],
});
