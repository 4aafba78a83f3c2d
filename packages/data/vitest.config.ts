import { defineConfig } from "vitest/config";

export default defineConfig({
  // Several tests read all the records (seconds each on an idle machine); npm test runs them beside
  // a Next build on two cores: allow for a busy machine.
  // isolate: false — the files share a worker's modules (zod schemas, the dataset) instead of
  // importing them again per file: 17 CPU-s instead of 30 for the package's tests, the same 259
  // tests passing. A test that changes shared state must put it back.
  test: { include: ["src/**/*.test.ts", "scripts/**/*.test.ts"], testTimeout: 30_000, isolate: false },
});
