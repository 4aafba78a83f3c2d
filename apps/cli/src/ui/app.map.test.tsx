import { afterEach, describe, expect, it } from "vitest";
import { cleanup, render } from "ink-testing-library";
import { atlas } from "@karabakh-atlas/data";
import { boundaries } from "@karabakh-atlas/data/geo";
import { App } from "./app.js";

async function press(stdin: { write(data: string): void }, ...keys: string[]) {
  for (const key of keys) {
    stdin.write(key);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

afterEach(() => cleanup());

/** The list row under the cursor: the list pane only, since the detail beside it may name other records. */
const selected = (frame: string | undefined) =>
  frame
    ?.split("\n")
    .map((l) => l.split("│")[0] ?? "")
    .find((l) => l.includes("›")) ?? "";

describe("browser: a region's map", () => {
  it("ends a district's detail with its map in Braille", async () => {
    const app = render(<App atlas={atlas} width={100} height={60} color={false} boundaries={boundaries} />);
    for (let i = 0; i < 100 && !selected(app.lastFrame()).includes("Kalbajar District"); i++) await press(app.stdin, "j");
    expect(selected(app.lastFrame())).toContain("Kalbajar District");
    await press(app.stdin, "\r", "G");
    const frame = app.lastFrame() ?? "";
    expect(frame).toContain("Map: Kalbajar District");
    expect(frame).toMatch(/[\u2801-\u28FF]/u);
    expect(frame).toContain("KALBAJAR");
    expect(Math.max(...frame.split("\n").map((l) => l.length))).toBeLessThanOrEqual(100);
  });

  it("reads the boundaries for the first map drawn, not for the first frame of a long record", async () => {
    let reads = 0;
    const loadBoundaries = () => {
      reads++;
      return boundaries;
    };
    const app = render(<App atlas={atlas} width={100} height={30} color={false} loadBoundaries={loadBoundaries} />);
    await press(app.stdin, "g");
    // The first region's description is longer than the pane: its map is below the first screen.
    expect(app.lastFrame()).toMatch(/^1\/\d+ ·/m);
    expect(reads).toBe(0);
    await press(app.stdin, "\r", "G");
    expect(app.lastFrame()).toMatch(/[\u2801-\u28FF]/u);
    expect(reads).toBe(1);
    await press(app.stdin, "\u001b", "j", "\r", "G");
    expect(reads).toBe(1);
  });

  it("draws no map without the boundaries", async () => {
    const app = render(<App atlas={atlas} width={100} height={60} color={false} />);
    for (let i = 0; i < 100 && !selected(app.lastFrame()).includes("Kalbajar District"); i++) await press(app.stdin, "j");
    await press(app.stdin, "\r", "G");
    expect(app.lastFrame()).not.toContain("Map: ");
  });
});
