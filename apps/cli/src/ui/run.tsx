import { render } from "ink";
import type { Atlas, BoundaryCollection } from "@karabakh-atlas/data/core";
import { colorEnabled } from "../output.js";
import { App } from "./app.js";
import { useWindowSize } from "ink";

function Sized({ atlas, color, boundaries }: { atlas: Atlas; color: boolean; boundaries?: BoundaryCollection }) {
  // Redraws on resize; one row spare so the terminal never scrolls.
  const { columns, rows } = useWindowSize();
  return <App atlas={atlas} width={Math.max(40, columns)} height={Math.max(10, rows - 1)} color={color} boundaries={boundaries} />;
}

/** Draws the browser full-screen until the user quits. */
export async function runBrowser(atlas: Atlas, boundaries?: BoundaryCollection): Promise<void> {
  const instance = render(<Sized atlas={atlas} color={colorEnabled(process.stdout)} boundaries={boundaries} />, {
    // Ink turns itself non-interactive under CI; the caller has checked that this is a terminal.
    interactive: true,
    alternateScreen: true,
    exitOnCtrlC: true,
    // Only the rows a key changed are written: moving the cursor rewrites two list rows and the
    // detail pane, not the tabs, the footer and the rest of the screen.
    incrementalRendering: true,
  });
  await instance.waitUntilExit();
}
