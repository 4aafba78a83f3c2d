import { defineConfig } from "tsup";

export default defineConfig({
  // `search` is the index alone (MiniSearch and the domain's text folding, no dataset, no Node
  // built-ins), for browsers that load the documents themselves.
  entry: { index: "src/index.ts", core: "src/core.ts", validate: "src/validate.ts", search: "src/search.ts", sqlite: "src/sqlite.ts", geo: "src/geo/index.ts" },
  format: ["esm", "cjs"],
  // Shared code in chunks for CommonJS too: without it each CJS entry (index, core, sqlite)
  // carried its own copy of the atlas, the exports and the JSON Schemas.
  splitting: true,
  dts: true,
  clean: true,
  // No source maps: they were a third of the installed package, and the code is not minified.
  sourcemap: false,
  target: "node20",
  // The domain package is a dependency, not bundled: users get one copy of the schemas.
  external: ["@karabakh-atlas/domain", "../generated/dataset.json"],
  // Keep `with { type: "json" }` on the dataset's import: Node (20.10 and later) needs it to
  // import JSON as a module, and esbuild drops it for a node20 target otherwise.
  // The boundaries (generated/boundaries.json) ship once, as a file: `./geo` imports it at run
  // time instead of carrying its own copy in each format. The source's path is from src/geo/, so
  // it is rewritten to the one from dist/, with the JSON import attribute Node needs.
  esbuildPlugins: [
    {
      name: "external-boundaries",
      setup(build) {
        build.onResolve({ filter: /generated\/boundaries\.json$/ }, (args) =>
          args.namespace === "external-boundaries"
            ? { path: "../generated/boundaries.json", external: true }
            : { path: "boundaries.json", namespace: "external-boundaries" },
        );
        build.onLoad({ filter: /.*/, namespace: "external-boundaries" }, () => ({
          contents: 'import raw from "../generated/boundaries.json" with { type: "json" };\nexport default raw;\n',
          loader: "js",
        }));
      },
    },
  ],
  esbuildOptions(options) {
    options.supported = { ...options.supported, "import-attributes": true };
  },
});
