/**
 * The browser over the hostile fixture (`tests/hostile/records`: a valid dataset whose text
 * holds escape sequences, bells, carriage returns, bidi overrides and HTML): every record of
 * every tab, its whole detail pane and a search are drawn with no control character from the
 * data, and the HTML shows as the literal text it is.
 */
import { fileURLToPath } from "node:url";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { cleanup, render } from "ink-testing-library";
import { createAtlas, type Atlas } from "@karabakh-atlas/data";
import { formatProblems, validateDirectory } from "@karabakh-atlas/data/validate";
import { TAB_KINDS } from "../describe.js";
import { App } from "./app.js";

// A folder of record files (data, not code), shared with the process-level suite in tests/hostile.
const FIXTURE = fileURLToPath(new URL("../../../../tests/hostile/records", import.meta.url));

/** What no frame may hold: C0 controls but LF, DEL, C1, and the bidi controls — listed here, not taken from the code under test. */
// eslint-disable-next-line no-control-regex -- control characters are what this matches
const CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/u;
/** Ink's own styling (bold and italic, drawn even without colour when FORCE_COLOR is set), which is not data. */
// eslint-disable-next-line no-control-regex -- an escape sequence is what this matches
const INK_STYLES = /\u001b\[(?:1|22|3|23)m/g;

const KEY = { pageDown: "\u001b[6~", tab: "\t", escape: "\u001b" };

let atlas: Atlas;

beforeAll(() => {
  const result = validateDirectory(FIXTURE);
  if (!result.dataset) throw new Error(`the hostile fixture does not validate:\n${formatProblems(result.problems)}`);
  atlas = createAtlas(result.dataset);
});

afterEach(() => cleanup());

async function press(stdin: { write(data: string): void }, ...keys: string[]) {
  for (const key of keys) {
    stdin.write(key);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** The frame without Ink's styling; fails the test on any control character left in it. */
function checked(frame: string | undefined, where: string): string {
  const text = (frame ?? "").replace(INK_STYLES, "");
  const found = CONTROL.exec(text);
  expect(found, `${where}: control character U+${found?.[0].charCodeAt(0).toString(16).padStart(4, "0")} in the frame:\n${text}`).toBeNull();
  return text;
}

describe("browser over the hostile fixture", () => {
  it("draws every record of every tab, and all of its detail pane, as plain text", async () => {
    const { lastFrame, stdin } = render(<App atlas={atlas} width={100} height={30} color={false} />);
    const seen: string[] = [];
    for (let tab = 0; tab < TAB_KINDS.length; tab++) {
      await press(stdin, String(tab + 1));
      const kind = TAB_KINDS[tab] as (typeof TAB_KINDS)[number];
      const count = atlas.list(kind).length;
      for (let i = 0; i < count; i++) {
        await press(stdin, "g", ...Array<string>(i).fill("j"));
        seen.push(checked(lastFrame(), `${kind} ${i + 1} in the list`));
        // Into the detail pane, and down it a page at a time to its end.
        await press(stdin, KEY.tab);
        for (let page = 0; page < 8; page++) {
          await press(stdin, KEY.pageDown);
          seen.push(checked(lastFrame(), `${kind} ${i + 1}, detail page ${page + 1}`));
        }
        await press(stdin, KEY.tab);
      }
    }
    const all = seen.join("\n");
    // The controls were there and were replaced by a visible mark…
    expect(all).toContain("\uFFFD[2J");
    expect(all).toContain("\uFFFD]8;;https://evil.example/\uFFFD");
    expect(all).toContain("Safe text\uFFFDEVIL overwrite");
    expect(all).toContain("\uFFFDevil\uFFFD");
    // …and HTML is text.
    expect(all).toContain('Hostile Land <script>alert("hostile:script")</script>');
    expect(all).toContain("<img src=x onerror=alert(");
  });

  it("searches the hostile names and shows the hits as plain text", async () => {
    const { lastFrame, stdin } = render(<App atlas={atlas} width={100} height={30} color={false} />);
    await press(stdin, "s", ..."hostile");
    const frame = checked(lastFrame(), "search");
    expect(frame).toContain("search: hostile");
    expect(frame).toContain("</title><script>alert(");
    await press(stdin, "\r");
    checked(lastFrame(), "search results");
    await press(stdin, KEY.escape);
  });
});
