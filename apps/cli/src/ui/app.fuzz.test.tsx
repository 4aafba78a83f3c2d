/**
 * Random key sequences to the interactive browser: arrows, Enter, Esc, Backspace, search,
 * help, quit, letters, page keys, g/G, n/N, tab and random text, at random window sizes.
 * The browser must never throw, and must always draw a frame that fits the window.
 */
import { afterEach, describe, expect, it } from "vitest";
import fc from "fast-check";
import stringWidth from "string-width";
import { cleanup, render } from "ink-testing-library";
import { atlas } from "@karabakh-atlas/data";
import { App } from "./app.js";

/**
 * At least MIN_SEQUENCES key sequences always run; then more, up to SEQUENCES, while the run is
 * within FUZZ_SECONDS. A fast machine runs them all; a busy one (npm test runs four tasks at once
 * on two cores) stops at the time bound instead of taking a minute.
 */
const SEQUENCES = Number(process.env.FUZZ_RUNS ?? 1000);
const MIN_SEQUENCES = Math.min(SEQUENCES, Number(process.env.FUZZ_MIN_RUNS ?? 300));
const SECONDS = Number(process.env.FUZZ_SECONDS ?? 20);

const KEYS = {
  up: "\u001b[A",
  down: "\u001b[B",
  right: "\u001b[C",
  left: "\u001b[D",
  pageUp: "\u001b[5~",
  pageDown: "\u001b[6~",
  home: "\u001b[H",
  end: "\u001b[F",
  enter: "\r",
  escape: "\u001b",
  backspace: "\u007f",
  delete: "\u001b[3~",
  tab: "\t",
  shiftTab: "\u001b[Z",
  ctrlA: "\u0001",
};

const key = fc.oneof(
  { arbitrary: fc.constantFrom(...Object.values(KEYS)), weight: 8 },
  { arbitrary: fc.constantFrom("/", "?", "g", "G", "n", "N", "j", "k", "h", "l", " "), weight: 8 },
  { arbitrary: fc.constant("q"), weight: 1 },
  // Letters to type into the search box (and keys the browser ignores).
  { arbitrary: fc.string({ unit: fc.constantFrom(..."abcdefghijklmnopqrstuvwxyzKQ0123456789-'ıəöüçşğ"), minLength: 1, maxLength: 3 }), weight: 4 },
  { arbitrary: fc.string({ unit: "grapheme", minLength: 1, maxLength: 2 }), weight: 1 },
);

const session = fc.record({
  width: fc.integer({ min: 40, max: 160 }),
  height: fc.integer({ min: 10, max: 50 }),
  keys: fc.array(key, { minLength: 1, maxLength: 8 }),
});

/** Columns as Ink counts them (the same string-width Ink lays out with). */
const columns = (line: string) => stringWidth(line);

/** Lets Ink read the key and React render. */
const tick = () => new Promise((resolve) => setImmediate(resolve));

afterEach(() => cleanup());

describe("browser key fuzz", () => {
  it(`${MIN_SEQUENCES} to ${SEQUENCES} random key sequences (${SECONDS} s): no error, and a frame that fits the window after every key`, async () => {
    const started = performance.now();
    let sequences = 0;
    let keys = 0;
    let quits = 0;
    let current: { app: ReturnType<typeof render>; width: number; height: number; sequences: number } | undefined;
    const property = fc.asyncProperty(session, async ({ width, height, keys: sequence }) => {
      // Drawing a fresh browser costs more than a key: one browser takes up to 25 sequences
      // in a row (at its own size), and a new one starts after q.
      if (!current || current.sequences >= 25) {
        current?.app.unmount();
        current = { app: render(<App atlas={atlas} width={width} height={height} color={false} />), width, height, sequences: 0 };
      }
      const { app } = current;
      current.sequences++;
      const errors: unknown[] = [];
      let typedQ = false;
      for (const k of sequence) {
        try {
          app.stdin.write(k);
        } catch (error) {
          errors.push(error);
        }
        await tick();
        keys++;
        const frame = app.lastFrame() ?? "";
        // q quits (outside the search box): Ink clears the screen, and later keys go nowhere.
        // (Ink may draw the cleared screen a key later, and reads "qul" as q, u, l.)
        typedQ ||= k.includes("q");
        if (typedQ && frame.trim() === "") {
          quits++;
          app.unmount();
          current = undefined;
          break;
        }
        const where = `${current.width}×${current.height}, keys ${JSON.stringify(sequence)}`;
        expect(errors, where).toEqual([]);
        // Ink draws an error box (the message and a stack) when a component throws.
        expect(frame, where).not.toMatch(/ERROR|\n\s+at .+:\d+:\d+|\n\s+- /);
        const lines = frame.split("\n");
        expect(frame.trim().length, `${where}: empty frame`).toBeGreaterThan(0);
        expect(lines.length, `${where}: frame taller than the window`).toBeLessThanOrEqual(current.height);
        const wide = lines.filter((l) => columns(l) > (current as { width: number }).width);
        expect(wide, `${where}: frame wider than the window`).toEqual([]);
      }
      sequences++;
    });
    const seed = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : undefined;
    // The minimum, whatever the time; then the rest, stopped (not failed) at the time bound.
    await fc.assert(property, { numRuns: MIN_SEQUENCES, endOnFailure: true, seed });
    const left = SECONDS * 1000 - (performance.now() - started);
    if (SEQUENCES > MIN_SEQUENCES && left > 0) {
      await fc.assert(property, { numRuns: SEQUENCES - MIN_SEQUENCES, endOnFailure: true, seed: seed === undefined ? undefined : seed + 1, interruptAfterTimeLimit: left, markInterruptAsFailure: false });
    }
    current?.app.unmount();
    console.log(`browser key fuzz: ${sequences} key sequences, ${keys} keys (${quits} sequences ended with q) in ${Math.round((performance.now() - started) / 1000)} s`);
    expect(sequences).toBeGreaterThanOrEqual(MIN_SEQUENCES);
  }, 180_000);
});
