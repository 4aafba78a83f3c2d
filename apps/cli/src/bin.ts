import module from "node:module";

// Reuse V8's compiled code between runs: the bundle is large to compile on every start.
module.enableCompileCache?.();

// Output is written to fd 1 synchronously (output.ts), so there is no stdout stream to watch for
// EPIPE: `karabakh-atlas list deposits | head` ends quietly through run()'s own handling.
const { run } = await import("./main.js");
process.exitCode = await run(process.argv.slice(2));
