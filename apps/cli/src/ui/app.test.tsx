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

/** Moves the list cursor down until the selected row contains `text`. */
async function selectInList(app: { lastFrame(): string | undefined; stdin: { write(data: string): void } }, text: string) {
  await press(app.stdin, "g");
  for (let i = 0; i < 300 && !selectedLine(app.lastFrame()).includes(text); i++) await press(app.stdin, "j");
  expect(selectedLine(app.lastFrame())).toContain(text);
}

/** Jumps from link to link in the detail pane (n) until the one under the cursor contains `text`. */
async function selectInDetail(app: { lastFrame(): string | undefined; stdin: { write(data: string): void } }, text: string) {
  for (let i = 0; i < 400 && !detailCursor(app.lastFrame()).includes(text); i++) await press(app.stdin, "n");
  expect(detailCursor(app.lastFrame())).toContain(text);
}

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
    const app = setup(120, 60);
    await press(app.stdin, KEY.right);
    expect(app.lastFrame()).toContain("[Deposits]");
    await selectInList(app, "Gyzylbulag");
    const frame = app.lastFrame() ?? "";
    expect(frame).toContain("Deposit · gyzylbulag");
    expect(frame).toContain("Azerbaijani: Qızılbulaq");
    // A citation: source title and locator, then the excerpt in quotes.
    expect(frame).toContain("↳ ");
    expect(frame).toMatch(/“.+/);
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
    const app = setup(120, 60);
    const { lastFrame, stdin } = app;
    await press(stdin, "2");
    await selectInList(app, "Gyzylbulag");
    await press(stdin, KEY.enter);
    // The cursor is in the detail pane: walk down to the operator's line and follow it.
    await selectInDetail(app, "→ Base Metals");
    await press(stdin, KEY.enter);
    expect(lastFrame()).toContain("[Companies]");
    expect(lastFrame()).toContain("Company · base-metals");
    await selectInDetail(app, "→ Vallex Group");
    await press(stdin, KEY.enter);
    expect(lastFrame()).toContain("Company · vallex-group");
    await press(stdin, KEY.escape);
    expect(lastFrame()).toContain("[Companies]");
    expect(detailCursor(lastFrame())).toContain("→ Vallex Group");
    await press(stdin, KEY.backspace);
    expect(lastFrame()).toContain("[Deposits]");
    expect(detailCursor(lastFrame())).toContain("→ Base Metals");
  });

  it("follows a region to its deposits", async () => {
    const app = setup(120, 60);
    const { lastFrame, stdin } = app;
    await selectInList(app, "Kalbajar District");
    await press(stdin, KEY.enter);
    await selectInDetail(app, "→ Gyzylbulag");
    expect(lastFrame()).toContain("Deposits in this region");
    await press(stdin, KEY.enter);
    expect(lastFrame()).toContain("[Deposits]");
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
