import { defineConfig } from "vitest/config";

export default defineConfig({
  // isolate: false — the files share a worker's modules instead of importing zod and the schemas
  // again per file (1.8 CPU-s instead of 4.3). A test that changes shared state must put it back.
  test: { include: ["src/**/*.test.ts", "scripts/**/*.test.ts", "test/**/*.test.ts"], isolate: false },
});
