import type { Page } from "playwright-core";

/**
 * Adds an inline script to an open page and reports whether it ran and which directive of the
 * page's Content-Security-Policy refused it (empty when none did within 2 s). It runs in the page
 * (DOM types), so it lives apart from the Node-only helpers of the package's main entry.
 */
export function injectInlineScript(page: Page): Promise<{ ran: boolean; violated: string }> {
  return page.evaluate(
    () =>
      new Promise<{ ran: boolean; violated: string }>((done) => {
        const w = window as unknown as { injected?: boolean };
        document.addEventListener("securitypolicyviolation", (e) => done({ ran: Boolean(w.injected), violated: e.violatedDirective }), { once: true });
        const script = document.createElement("script");
        script.textContent = "window.injected = true";
        document.body.append(script);
        setTimeout(() => done({ ran: Boolean(w.injected), violated: "" }), 2000);
      }),
  );
}
