import { render } from "ink";
import type { Atlas, BoundaryCollection } from "@karabakh-atlas/data/core";
import { colorEnabled } from "../output.js";
import { App } from "./app.js";
import type { Texts } from "../i18n.js";
import { useWindowSize } from "ink";

function Sized({ atlas, tx, color, loadBoundaries }: { atlas: Atlas; tx: Texts; color: boolean; loadBoundaries?: () => BoundaryCollection }) {
  // Redraws on resize; one row spare so the terminal never scrolls.
  const { columns, rows } = useWindowSize();
  return <App atlas={atlas} tx={tx} width={Math.max(40, columns)} height={Math.max(10, rows - 1)} color={color} loadBoundaries={loadBoundaries} />;
}

/** Draws the browser full-screen until the user quits; the boundaries are read when the first map is drawn. */
export async function runBrowser(atlas: Atlas, tx: Texts, loadBoundaries?: () => BoundaryCollection): Promise<void> {
  const instance = render(<Sized atlas={atlas} tx={tx} color={colorEnabled(process.stdout)} loadBoundaries={loadBoundaries} />, {
    // Ink turns itself non-interactive under CI; the caller has checked that this is a terminal.
    interactive: true,
    alternateScreen: true,
    exitOnCtrlC: true,
    // Each frame is written whole (inside a synchronized update where the terminal has them).
    // Ink's incremental mode compares every changed row with the one before it, grapheme by
    // grapheme: moving the cursor changes the whole detail pane, and the comparison cost a fifth
    // of a key's time without saving a write.
    incrementalRendering: false,
    // Ink draws at most every 1000/maxFps ms and holds a frame back until then: at its default of
    // 30 a key pressed soon after the last frame waited up to 34 ms before it was drawn.
    maxFps: 120,
  });
  await instance.waitUntilExit();
}
