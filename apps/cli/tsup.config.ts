import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire, isBuiltin } from "node:module";
import { defineConfig, type Options } from "tsup";
import { datasetParts } from "@karabakh-atlas/data/core";

const require = createRequire(import.meta.url);

type Plugin = NonNullable<Options["esbuildPlugins"]>[number];

/**
 * Node built-ins without ES module facades. For each built-in an ES module imports, Node builds a
 * facade and fills it by reading every export, which loads lazily loaded internals (`fs` →
 * `fs/promises`, `process` → `report`, …): about 5 ms of a start-up of 35 ms. Here a built-in is
 * the object `process.getBuiltinModule` returns, seen by the bundle as a CommonJS module. Two
 * exceptions: `util`, whose lazy exports load (`diff` → `assert`, colours, the streams, stderr)
 * as soon as esbuild's interop copies their descriptors, is a module of the few functions the
 * bundle imports (a new one fails the build: add it to UTIL_EXPORTS); and commander's
 * `child_process` (for executable subcommands, which this CLI has none of) is loaded only if
 * `spawn` is ever called: it brings `net`, `dgram` and the streams.
 */
const UTIL_EXPORTS = ["stripVTControlCharacters", "types"];
const builtinsWithoutFacades: Plugin = {
  name: "builtins-without-facades",
  setup(build) {
    build.onResolve({ filter: /^[a-z:_/]+$/ }, (args) => {
      if (args.kind !== "import-statement" || !isBuiltin(args.path)) return undefined;
      const name = args.path.replace(/^node:/, "");
      const lazy = name === "child_process" && /[\\/]commander[\\/]/.test(args.importer);
      return { path: name, namespace: lazy ? "lazy-builtin" : "builtin" };
    });
    build.onLoad({ filter: /.*/, namespace: "builtin" }, ({ path }) =>
      path === "util"
        ? {
            contents: `const util = process.getBuiltinModule("node:util");\nexport default util;\n${UTIL_EXPORTS.map((n) => `export const ${n} = util.${n};`).join("\n")}`,
            loader: "js",
          }
        : { contents: `module.exports = process.getBuiltinModule("node:${path}");`, loader: "js" },
    );
    build.onLoad({ filter: /^child_process$/, namespace: "lazy-builtin" }, () => ({
      contents: 'module.exports = { get spawn() { return process.getBuiltinModule("node:child_process").spawn; } };',
      loader: "js",
    }));
  },
};

/**
 * The bundled dataset, one file per part (see src/dataset.ts): the data package's validated
 * `dataset.json`, cut by kind, each part compact JSON.
 */
async function writeDatasetParts(): Promise<void> {
  const dataset = JSON.parse(readFileSync(require.resolve("@karabakh-atlas/data/dataset.json"), "utf8"));
  mkdirSync("dist/data", { recursive: true });
  for (const [part, value] of datasetParts(dataset)) writeFileSync(`dist/data/${part}.json`, JSON.stringify(value));
  // The district boundaries, for `map` and `export --format geojson` only.
  writeFileSync("dist/data/boundaries.json", readFileSync(require.resolve("@karabakh-atlas/data/boundaries.json"), "utf8"));
}

export default defineConfig({
  // bin.ts is the executable; the interactive UI is a separate chunk loaded only on a TTY.
  // main.js is an entry too (a stable file name) so that tests can call run() in-process.
  entry: { bin: "src/bin.ts", main: "src/main.ts" },
  format: ["esm"],
  platform: "node",
  target: "node22",
  splitting: true,
  clean: true,
  sourcemap: false,
  minify: true,
  // The bundled CommonJS code (React, parts of Ink) calls require() for Node built-ins.
  banner: { js: '#!/usr/bin/env node\nimport { createRequire as __createRequire } from "node:module";\nconst require = __createRequire(import.meta.url);' },
  // A few large chunks start much faster than hundreds of small modules (resolution, and Node's
  // CommonJS lexer on React's files): everything is bundled except yaml, which is CommonJS under
  // Node and is used by `validate` only. Ink and React end up in the browser's own chunk.
  noExternal: [/^(?!yaml$|react-devtools-core$).*/],
  external: ["yaml", "react-devtools-core"],
  // React's production build: smaller and faster than the development one.
  define: { "process.env.NODE_ENV": JSON.stringify("production") },
  // Keep `node:` on built-ins so that builtinsWithoutFacades (above) sees every one of them.
  removeNodeProtocol: false,
  esbuildPlugins: [builtinsWithoutFacades],
  onSuccess: writeDatasetParts,
});
