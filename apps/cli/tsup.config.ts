import { defineConfig } from "tsup";

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
});
