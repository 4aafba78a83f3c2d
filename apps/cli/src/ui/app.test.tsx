import { afterEach, describe, expect, it } from "vitest";
import { cleanup, render } from "ink-testing-library";
import { atlas } from "@karabakh-atlas/data";
import stringWidth from "string-width";
import { App } from "./app.js";

const KEY = { down: "\u001b[B", up: "\u001b[A", right: "\u001b[C", enter: "\r", escape: "\u001b", backspace: "\u007f", tab: "\t" };

/** Ink reads input asynchronously: give it a tick after each write. */
async function press(stdin: { write(data: string): void }, ...keys: string[]) {
  for (const key of keys) {
    stdin.write(key);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Writes `data` as one chunk and waits until the frame shows `done` (or 5 s pass). */
async function send(app: { lastFrame(): string | undefined; stdin: { write(data: string): void } }, data: string, done: (frame: string) => boolean) {
  app.stdin.write(data);
  const deadline = Date.now() + 5_000;
  while (!done(app.lastFrame() ?? "") && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 10));
  return app.lastFrame() ?? "";
}

/** The position in the footer: `3/48` → 3. */
const listPosition = (frame: string) => Number(/^(\d+)\/\d+ ·/m.exec(frame)?.[1] ?? NaN);

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
  it("has a tab for every kind of record", () => {
    const frame = setup(140, 30).lastFrame() ?? "";
    for (const tab of ["Regions", "Deposits", "Companies", "UN documents", "Statistics", "Heritage sites", "Programmes", "Sources", "Timeline"]) expect(frame).toContain(tab);
  });

  it("draws the tabs, the list and the first record's detail at 80×24", () => {
    const { lastFrame } = setup();
    const frame = lastFrame() ?? "";
    // Tabs that do not fit are left out around the active one, with a mark.
    for (const tab of ["Regions", "Deposits", "Companies"]) expect(frame).toContain(tab);
    expect(frame.split("\n")[0]).toMatch(/»$/);
    const lines = frame.split("\n");
    expect(lines.length).toBeLessThanOrEqual(24);
    expect(Math.max(...lines.map((l) => l.length))).toBeLessThanOrEqual(80);
    expect(frame).toContain("[Regions]");
    expect(frame).toContain("? keys");
  });

  it("moves down the list with j and arrows, and back up with k", async () => {
    const app = setup();
    const { lastFrame, stdin } = app;
    const first = selectedLine(lastFrame());
    await send(app, "j", (f) => listPosition(f) === 2);
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
    await press(stdin, "s", ..."qizilbulaq");
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

  it("handles every key of a chunk, in order", async () => {
    const app = setup();
    // Five keys in one read: the list moves five rows, not one (or none).
    expect(listPosition(await send(app, "jjjjj", (f) => listPosition(f) === 6))).toBe(6);
    expect(listPosition(await send(app, "kk", (f) => listPosition(f) === 4))).toBe(4);
    // Enter then n in one chunk: the record opens and the cursor goes to its first link.
    const opened = await send(app, "\rn", (f) => /^line \d+\//m.test(f) && detailCursor(f) !== "");
    expect(opened).toMatch(/^line \d+\//m);
    expect(detailCursor(opened)).not.toMatch(/›\s*(Agdam District|Region ·)/);
    // A tab switch and a move: Deposits, second row.
    const moved = await send(app, "2j", (f) => f.includes("[Deposits]") && listPosition(f) === 2);
    expect(moved).toContain("[Deposits]");
    expect(listPosition(moved)).toBe(2);
  });

  it("filters the current list with /, keeps the filter with Enter and clears it with Esc", async () => {
    const app = setup(120, 40);
    await send(app, "2", (f) => f.includes("[Deposits]"));
    const all = Number(/^\d+\/(\d+) ·/m.exec(app.lastFrame() ?? "")?.[1]);
    const typing = await send(app, "/drmbon", (f) => f.includes("filter: drmbon"));
    // An alias, without diacritics: Drmbon is Gyzylbulag; only deposits are listed.
    expect(selectedLine(typing)).toContain("Gyzylbulag");
    const kept = await send(app, "\r", (f) => /^1\/1 ·/m.test(f));
    expect(kept).toContain("[Deposits]");
    expect(kept).toContain("filter: drmbon");
    const cleared = await send(app, KEY.escape, (f) => !f.includes("filter:"));
    expect(Number(/^\d+\/(\d+) ·/m.exec(cleared)?.[1])).toBe(all);
    const none = await send(app, "/zzzzqqq", (f) => f.includes("(no matches)"));
    expect(none).toContain("(no matches)");
  });

  it("shows heritage sites and programmes in their own tabs", async () => {
    const app = setup(120, 40);
    expect(await send(app, "6", (f) => f.includes("[Heritage sites]"))).toContain("Heritage site · ");
    expect(await send(app, "7", (f) => f.includes("[Programmes]"))).toContain("Programme · ");
  });

  it("fits 80×24: long values are cut at a word with an ellipsis, never inside a number", async () => {
    const app = setup();
    await send(app, "5", (f) => f.includes("[Statistics]"));
    for (let i = 0; i < 40; i++) {
      const frame = await send(app, "j", () => true);
      for (const row of frame.split("\n")) {
        expect(stringWidth(row)).toBeLessThanOrEqual(80);
        for (const cell of row.split("│")) {
          // A cut cell ends in an ellipsis after a whole word: no digit right before it.
          if (cell.trimEnd().endsWith("…")) expect(cell.trimEnd()).not.toMatch(/\d…$/);
        }
      }
    }
  });

  it("redraws at a new size", () => {
    const { lastFrame, rerender } = setup(120, 30);
    rerender(<App atlas={atlas} width={60} height={20} color={false} />);
    const lines = (lastFrame() ?? "").split("\n");
    expect(lines.length).toBeLessThanOrEqual(20);
    expect(Math.max(...lines.map((l) => l.length))).toBeLessThanOrEqual(60);
  });
});
