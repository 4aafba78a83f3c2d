"use client";

import { useEffect, useState } from "react";

const MODES = ["system", "light", "dark"] as const;
type Mode = (typeof MODES)[number];

/** The button's texts in the page's language: its name, and each mode's. */
export interface ThemeTexts {
  readonly toggle: string;
  readonly modes: Readonly<Record<Mode, string>>;
}

/** Cycles the colour theme: the system's, light, dark. The choice is kept in localStorage. */
export function ThemeToggle({ texts }: { texts: ThemeTexts }) {
  const [mode, setMode] = useState<Mode>("system");

  useEffect(() => {
    const saved = window.localStorage.getItem("theme");
    if (saved === "light" || saved === "dark") setMode(saved);
  }, []);

  const next = () => {
    const value = MODES[(MODES.indexOf(mode) + 1) % MODES.length] as Mode;
    setMode(value);
    if (value === "system") {
      window.localStorage.removeItem("theme");
      document.documentElement.removeAttribute("data-theme");
    } else {
      window.localStorage.setItem("theme", value);
      document.documentElement.setAttribute("data-theme", value);
    }
  };

  return (
    <button type="button" className="theme-toggle" onClick={next}>
      <span className="theme-name">{texts.toggle}: </span>
      {texts.modes[mode]}
    </button>
  );
}
