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

  it("draws no map without the boundaries", async () => {
    const app = render(<App atlas={atlas} width={100} height={60} color={false} />);
    for (let i = 0; i < 100 && !selected(app.lastFrame()).includes("Kalbajar District"); i++) await press(app.stdin, "j");
    await press(app.stdin, "\r", "G");
    expect(app.lastFrame()).not.toContain("Map: ");
  });
});
