import { defineConfig } from "vitest/config";

export default defineConfig({
  // Several tests read all the records (seconds each on an idle machine); npm test runs them beside
  // a Next build on two cores: allow for a busy machine.
  test: { include: ["src/**/*.test.ts", "scripts/**/*.test.ts"], testTimeout: 30_000 },
});
