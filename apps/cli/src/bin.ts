import module from "node:module";

// Reuse V8's compiled code between runs: the bundled dataset is large to parse.
module.enableCompileCache?.();
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  // `karabakh-atlas list deposits | head` closes the pipe early: that is not an error.
  if (error.code === "EPIPE") process.exit(0);
  throw error;
});

const { run } = await import("./main.js");
process.exitCode = await run(process.argv.slice(2));
