import { defineConfig } from "vitest/config";

export default defineConfig({
  // Keys are typed one by one with a pause for Ink to read them: allow for a busy machine.
  test: { include: ["src/**/*.test.ts", "src/**/*.test.tsx"], testTimeout: 30_000 },
});
