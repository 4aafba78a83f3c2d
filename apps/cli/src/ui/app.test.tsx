import { afterEach, describe, expect, it } from "vitest";
import { cleanup, render } from "ink-testing-library";
import { atlas } from "@karabakh-atlas/data";
import { App } from "./app.js";

const KEY = { down: "\u001b[B", up: "\u001b[A", right: "\u001b[C", enter: "\r", escape: "\u001b", backspace: "\u007f", tab: "\t" };

/** Ink reads input asynchronously: give it a tick after each write. */
async function press(stdin: { write(data: string): void }, ...keys: string[]) {
  for (const key of keys) {
    stdin.write(key);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

function setup(width = 80, height = 24) {
  return render(<App atlas={atlas} width={width} height={height} color={false} />);
}

/** The selected list row (left of the pane border). */
const selectedLine = (frame: string | undefined) => frame?.split("\n").find((l) => (l.split("│")[0] ?? "").includes("›")) ?? "";
/** The detail line under the cursor (right of the pane border). */
const detailCursor = (frame: string | undefined) => frame?.split("\n").map((l) => l.split("│").slice(1).join("│")).find((l) => l.includes("›")) ?? "";

afterEach(() => cleanup());

describe("browser", () => {
  it("draws the tabs, the list and the first record's detail at 80×24", () => {
    const { lastFrame } = setup();
    const frame = lastFrame() ?? "";
    for (const tab of ["Regions", "Deposits", "Companies", "UN documents", "Statistics", "Sources", "Timeline"]) expect(frame).toContain(tab);
    const lines = frame.split("\n");
    expect(lines.length).toBeLessThanOrEqual(24);
    expect(Math.max(...lines.map((l) => l.length))).toBeLessThanOrEqual(80);
    expect(frame).toContain("[Regions]");
    expect(frame).toContain("? keys");
  });

  it("moves down the list with j and arrows, and back up with k", async () => {
    const { lastFrame, stdin } = setup();
    const first = selectedLine(lastFrame());
    await press(stdin, "j");
    const second = selectedLine(lastFrame());
    expect(second).not.toEqual(first);
    await press(stdin, "k");
    expect(selectedLine(lastFrame())).toEqual(first);
    await press(stdin, KEY.down, "G", "g");
    expect(selectedLine(lastFrame())).toEqual(first);
  });

  it("switches tabs and shows a deposit with its citations", async () => {
    const { lastFrame, stdin } = setup(120, 40);
    await press(stdin, KEY.right);
    const frame = lastFrame() ?? "";
    expect(frame).toContain("[Deposits]");
    expect(frame).toContain("Gyzylbulag");
    expect(frame).toContain("annex, para. 6");
    expect(frame).toContain("“Gyzybulag underground copper-gold mine");
  });

  it("searches by an alias without diacritics and opens the hit", async () => {
    const { lastFrame, stdin } = setup(120, 40);
    await press(stdin, "/", ..."qizilbulaq");
    expect(lastFrame()).toContain("search: qizilbulaq");
    expect(selectedLine(lastFrame())).toContain("Gyzylbulag");
    await press(stdin, KEY.enter);
    expect(lastFrame()).toContain("results for 'qizilbulaq'");
    await press(stdin, KEY.enter);
    expect(lastFrame()).toContain("[Deposits]");
    expect(lastFrame()).toContain("Deposit · gyzylbulag");
  });

  it("follows deposit → company → parent and goes back with Esc and Backspace", async () => {
    const { lastFrame, stdin } = setup(120, 60);
    await press(stdin, "2", KEY.enter);
    // The cursor is in the detail pane: walk down to the operator's line and follow it.
    for (let i = 0; i < 80 && !detailCursor(lastFrame()).includes("→ Base Metals"); i++) await press(stdin, "j");
    expect(detailCursor(lastFrame())).toContain("→ Base Metals");
    await press(stdin, KEY.enter);
    expect(lastFrame()).toContain("[Companies]");
    expect(lastFrame()).toContain("Company · base-metals");
    for (let i = 0; i < 80 && !detailCursor(lastFrame()).includes("Vallex Group"); i++) await press(stdin, "j");
    await press(stdin, KEY.enter);
    expect(lastFrame()).toContain("Company · vallex-group");
    await press(stdin, KEY.escape);
    expect(lastFrame()).toContain("Company · base-metals");
    await press(stdin, KEY.backspace);
    expect(lastFrame()).toContain("Deposit · gyzylbulag");
    expect(lastFrame()).toContain("[Deposits]");
  });

  it("follows a region to its deposits", async () => {
    const { lastFrame, stdin } = setup(120, 60);
    for (let i = 0; i < 20 && !selectedLine(lastFrame()).includes("Kalbajar"); i++) await press(stdin, "j");
    await press(stdin, KEY.enter);
    for (let i = 0; i < 120 && !detailCursor(lastFrame()).includes("→ Gyzylbulag"); i++) await press(stdin, "j");
    expect(lastFrame()).toContain("Deposits in this region");
    await press(stdin, KEY.enter);
    expect(lastFrame()).toContain("Deposit · gyzylbulag");
  });

  it("shows the keys with ? and hides them with Esc", async () => {
    const { lastFrame, stdin } = setup();
    await press(stdin, "?");
    expect(lastFrame()).toContain("Esc or Backspace");
    await press(stdin, KEY.escape);
    expect(lastFrame()).not.toContain("Esc or Backspace");
  });

  it("redraws at a new size", () => {
    const { lastFrame, rerender } = setup(120, 30);
    rerender(<App atlas={atlas} width={60} height={20} color={false} />);
    const lines = (lastFrame() ?? "").split("\n");
    expect(lines.length).toBeLessThanOrEqual(20);
    expect(Math.max(...lines.map((l) => l.length))).toBeLessThanOrEqual(60);
  });
});
