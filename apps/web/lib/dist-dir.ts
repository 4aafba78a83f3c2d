/**
 * The folder `next build` writes to. Tests build the dashboard over a fixture dataset into a
 * folder of its own by setting KARABAKH_WEB_DIST_DIR, so the real build is never overwritten.
 */
export function webDistDir(env: Record<string, string | undefined> = process.env): string {
  return env.KARABAKH_WEB_DIST_DIR || ".next";
}
