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
  // The boundaries (generated/boundaries.json) and the JSON Schemas (generated/json-schemas.json)
  // ship once, as files: the code imports them at run time instead of carrying its own copy in
  // each format. The sources' paths are from src/geo/ and src/exports/, so they are rewritten to
  // the one from dist/, with the JSON import attribute Node needs.
  esbuildPlugins: [
    {
      name: "external-generated-json",
      setup(build) {
        build.onResolve({ filter: /generated\/(boundaries|json-schemas)\.json$/ }, (args) => {
          const file = /(boundaries|json-schemas)\.json$/.exec(args.path)?.[0] ?? args.path;
          return args.namespace === "external-generated-json"
            ? { path: `../generated/${file}`, external: true }
            : { path: file, namespace: "external-generated-json" };
        });
        build.onLoad({ filter: /.*/, namespace: "external-generated-json" }, (args) => ({
          contents: `import raw from "../generated/${args.path}" with { type: "json" };\nexport default raw;\n`,
          loader: "js",
        }));
      },
    },
  ],
  esbuildOptions(options) {
    options.supported = { ...options.supported, "import-attributes": true };
  },
});
