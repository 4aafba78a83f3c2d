import { execFileSync, spawnSync } from "node:child_process";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BIN } from "./bin.js";

/** A private tmux server, so the test never touches the user's own sessions. */
const SOCKET = `karabakh-atlas-test-${process.pid}`;
const SESSION = "browser";

function tmux(...args: string[]): string {
  return execFileSync("tmux", ["-L", SOCKET, ...args], { encoding: "utf8" });
}

const screen = () => tmux("capture-pane", "-p", "-t", SESSION);

async function waitFor(text: string | RegExp | ((screen: string) => boolean), timeoutMs = 10_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  const test = typeof text === "function" ? text : typeof text === "string" ? (s: string) => s.includes(text) : (s: string) => text.test(s);
  let last = "";
  while (Date.now() < deadline) {
    last = screen();
    if (test(last)) return last;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`timed out waiting for ${String(text)}; the screen was:\n${last}`);
}

beforeAll(() => {
  const version = spawnSync("tmux", ["-V"], { encoding: "utf8" });
  if (version.error || version.status !== 0) {
    throw new Error("tmux is required for the interactive CLI test: install it (apt-get install tmux); .ci/run installs it in CI");
  }
  tmux("new-session", "-d", "-s", SESSION, "-x", "80", "-y", "24", "-e", "NO_COLOR=1", "-e", "LC_ALL=", "-e", "LC_MESSAGES=", "-e", "LANG=C.UTF-8", process.execPath, BIN);
});

afterAll(() => {
  spawnSync("tmux", ["-L", SOCKET, "kill-server"]);
});

/** The tabs, in order (keys 1–9), and the kind each one's detail pane names. */
const TABS: [string, string][] = [
  ["Regions", "Region"],
  ["Deposits", "Deposit"],
  ["Companies", "Company"],
  ["UN documents", "UN document"],
  ["Statistics", "Statistic"],
  ["Heritage sites", "Heritage site"],
  ["Programmes", "Programme"],
  ["Sources", "Source"],
  ["Timeline", "Event"],
];

/**
 * Every row fits the terminal, and a cut cell ends after a whole word: never a figure right before
 * the ellipsis (a document symbol such as 62/243, whole, may end a cut row).
 */
function expectFitted(text: string, width: number) {
  for (const row of text.split("\n")) {
    expect(row.length, row).toBeLessThanOrEqual(width);
    for (const cell of row.split("│")) expect(cell.trimEnd(), row).not.toMatch(/(^|[^\d/])\d[\d.,]*…$/);
  }
}

describe("the browser in a real terminal (tmux, 80×24)", () => {
  it("opens, searches, follows a relation, goes back and quits", async () => {
    const first = await waitFor("? keys");
    // At 80 columns the tabs that do not fit are left out around the active one (») .
    for (const tab of ["[Regions]", "Deposits", "Companies"]) expect(first).toContain(tab);
    expect(first.split("\n")[0]).toMatch(/»\s*$/);
    expect(first.split("\n").every((line) => line.length <= 80)).toBe(true);

    // Keys sent before Ink switches the terminal to raw mode are lost: probe with `G` (to the
    // last row; pressing it twice does no harm) until the position shows the last row.
    let ready = false;
    for (let i = 0; i < 20 && !ready; i++) {
      tmux("send-keys", "-t", SESSION, "G");
      ready = await waitFor(/(\d+)\/\1 ·/, 500).then(
        () => true,
        () => false,
      );
    }
    expect(ready).toBe(true);
    tmux("send-keys", "-t", SESSION, "g");
    await waitFor(/^1\/\d+ ·/m);

    tmux("send-keys", "-t", SESSION, "?");
    await waitFor("Esc or Backspace");
    tmux("send-keys", "-t", SESSION, "?");
    await waitFor((s) => !s.includes("Esc or Backspace"));

    // Each wait below is for what the key changes, never for something already on the screen:
    // the results list shows the first hit's detail before Enter opens it, so the wait for the
    // opened record is for the tab and the detail pane's cursor, which only Enter brings.
    tmux("send-keys", "-t", SESSION, "/");
    await waitFor("filter: ");
    tmux("send-keys", "-t", SESSION, "-l", "kalbajar");
    await waitFor((s) => s.includes("filter: kalbajar") && /^›Kalbajar/m.test(s));
    tmux("send-keys", "-t", SESSION, "Escape");
    await waitFor((s) => !s.includes("filter:"));

    tmux("send-keys", "-t", SESSION, "s");
    await waitFor("search: ▌");
    tmux("send-keys", "-t", SESSION, "-l", "qizilbulaq");
    await waitFor("search: qizilbulaq");
    tmux("send-keys", "-t", SESSION, "Enter");
    await waitFor((s) => s.includes("results for 'qizilbulaq'") && !s.includes("search: qizilbulaq"));
    tmux("send-keys", "-t", SESSION, "Enter");
    await waitFor((s) => s.includes("[Deposits]") && s.includes("Deposit · gyzylbulag") && /^line 1\//m.test(s));

    // Jump from link to link (n) in the detail pane to the operator, and follow it.
    let found = false;
    // One key at a time, each waited for, so that no queued key moves past the link.
    for (let i = 0; i < 100 && !found; i++) {
      const before = screen();
      tmux("send-keys", "-t", SESSION, "n");
      const after = await waitFor((s) => s !== before, 5_000).catch(() => before);
      found = /›\s*→ Base Metals/.test(after);
    }
    expect(found).toBe(true);
    tmux("send-keys", "-t", SESSION, "Enter");
    await waitFor("Company · base-metals");

    // Back to the deposit, with the cursor where it was.
    tmux("send-keys", "-t", SESSION, "Escape");
    const back = await waitFor((s) => s.includes("[Deposits]") && /›\s*→ Base Metals/.test(s));
    expect(back).toMatch(/›\s*→ Base Metals/);

    // Every tab by its number, each waited for by its marker and the kind its detail names.
    for (const [i, [tab, kind]] of TABS.entries()) {
      tmux("send-keys", "-t", SESSION, String(i + 1));
      const shown = await waitFor((s) => s.includes(`[${tab}]`) && new RegExp(`│\\s+${kind} ·`).test(s));
      expectFitted(shown, 80);
    }

    tmux("send-keys", "-t", SESSION, "q");
    const deadline = Date.now() + 5_000;
    let alive = true;
    while (alive && Date.now() < deadline) {
      alive = spawnSync("tmux", ["-L", SOCKET, "has-session", "-t", SESSION]).status === 0;
      if (alive) await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(alive).toBe(false);
  });
});

describe("the browser at 120×40", () => {
  const WIDE = `${SESSION}-wide`;
  it("shows every tab at once, each with its list and detail, and filters a list with /", async () => {
    tmux("new-session", "-d", "-s", WIDE, "-x", "120", "-y", "40", "-e", "NO_COLOR=1", process.execPath, BIN);
    const wide = () => tmux("capture-pane", "-p", "-t", WIDE);
    const until = async (test: (s: string) => boolean) => {
      const deadline = Date.now() + 10_000;
      let last = "";
      while (Date.now() < deadline) {
        if (test((last = wide()))) return last;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      throw new Error(`timed out; the screen was:\n${last}`);
    };
    const first = await until((s) => s.includes("? keys"));
    for (const [tab] of TABS) expect(first.split("\n")[0]).toContain(tab);
    // Keys sent before raw mode are lost: probe with 2 (Deposits) until its tab is active.
    let ready = false;
    for (let i = 0; i < 20 && !ready; i++) {
      tmux("send-keys", "-t", WIDE, "2");
      ready = await until((s) => s.includes("[Deposits]")).then(() => true, () => false);
    }
    expect(ready).toBe(true);
    for (const [i, [tab, kind]] of TABS.entries()) {
      tmux("send-keys", "-t", WIDE, String(i + 1));
      const shown = await until((s) => s.includes(`[${tab}]`) && new RegExp(`│\\s+${kind} ·`).test(s));
      expectFitted(shown, 120);
    }
    tmux("send-keys", "-t", WIDE, "2");
    await until((s) => s.includes("[Deposits]"));
    tmux("send-keys", "-t", WIDE, "/");
    await until((s) => s.includes("filter: "));
    tmux("send-keys", "-t", WIDE, "-l", "drmbon");
    const filtered = await until((s) => s.includes("filter: drmbon") && /^›Gyzylbulag/m.test(s));
    // Only the deposits that go by that name are left in the list.
    expect(filtered).not.toMatch(/^ Agduzdag/m);
    tmux("send-keys", "-t", WIDE, "Enter");
    await until((s) => !s.includes("Enter: keep filter") && s.includes("filter: drmbon"));
    tmux("send-keys", "-t", WIDE, "Tab");
    const detail = await until((s) => /^line 1\//m.test(s) && s.includes("Deposit · gyzylbulag"));
    expectFitted(detail, 120);
    tmux("send-keys", "-t", WIDE, "q");
  });
});
