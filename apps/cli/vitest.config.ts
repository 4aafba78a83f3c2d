import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["src/**/*.test.ts", "src/**/*.test.tsx"],
    // Keys are typed one by one with a pause for Ink to read them: allow for a busy machine.
    testTimeout: 30_000,
    // ink-testing-library's stdout has columns but no rows, so Ink asks terminal-size for the
    // window on every frame it lays out, which, with no terminal (CI), spawns `tput` twice and
    // then `resize`: about half of the key fuzz's time went to those processes. terminal-size
    // takes COLUMNS and LINES before anything it spawns; these are its fallback, 100 columns
    // (ink-testing-library's width) by 24 lines, the same on every machine.
    env: { COLUMNS: "100", LINES: "24" },
  },
});
