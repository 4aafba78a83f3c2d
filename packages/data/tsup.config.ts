import { defineConfig } from "tsup";

export default defineConfig({
  entry: { index: "src/index.ts", validate: "src/validate.ts" },
  format: ["esm", "cjs"],
  dts: true,
  clean: true,
  sourcemap: true,
  target: "node20",
  // The domain package is a dependency, not bundled: users get one copy of the schemas.
  external: ["@karabakh-atlas/domain"],
});
