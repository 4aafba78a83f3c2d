#!/usr/bin/env node
// The installed command. npm links a package's bin when it installs the package, which in this
// repository is before the first build, when dist/ does not exist yet (and npm then links
// nothing): so the command is this file, which is always there, and the program is dist/bin.js.
try {
  await import("../dist/bin.js");
} catch (error) {
  if (error?.code !== "ERR_MODULE_NOT_FOUND" || !String(error.message).includes("dist/bin.js")) throw error;
  process.stderr.write("karabakh-atlas: not built yet: run `npm run build` (or `npx turbo run build --filter=@karabakh-atlas/cli`) first\n");
  process.exitCode = 70;
}
