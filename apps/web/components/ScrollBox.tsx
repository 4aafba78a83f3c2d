"use client";

import { useEffect, useRef, useState, type ReactNode } from "react";

/**
 * A box that scrolls sideways when a table is wider than the screen, and says so: its label for
 * screen readers, a shadow at the edge that has more (CSS), and any `.scroll-hint` inside `before`
 * (a line above the table) — shown only while the table is wider than the box, measured again when
 * the box is resized; before the page hydrates, on screens narrower than the page's column. The
 * box takes keyboard focus only while it scrolls, so the arrow keys scroll it.
 */
export function ScrollBox({
  label,
  sidewaysLabel = `${label} (scrolls sideways)`,
  before,
  children,
}: {
  label: string;
  /** The label while the box scrolls, in the page's language: `t("common.scrolls-sideways", { label })`. */
  sidewaysLabel?: string;
  before?: ReactNode;
  children: ReactNode;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const [overflows, setOverflows] = useState<boolean | undefined>(undefined);
  useEffect(() => {
    const box = ref.current;
    if (!box) return;
    // Measured only in the observer's callbacks, which run after the browser's own layout (the
    // first comes with the next frame): reading the widths in this effect would force a layout of
    // the whole page in the middle of hydration, one long task on a page of many tables.
    const observer = new ResizeObserver(() => setOverflows(box.scrollWidth > box.clientWidth + 1));
    observer.observe(box);
    return () => observer.disconnect();
  }, []);
  return (
    <div className="scroll-box" data-overflow={overflows === undefined ? undefined : String(overflows)}>
      {before}
      <div
        className="table-wrap"
        ref={ref}
        tabIndex={overflows === false ? undefined : 0}
        role="region"
        aria-label={overflows === false ? label : sidewaysLabel}
      >
        {children}
      </div>
    </div>
  );
}
