import { launchBrowser } from "@karabakh-atlas/test-support";
const base = process.argv[2];
const paths = process.argv.slice(3);
const browser = await launchBrowser();
for (const [w, h] of [[1280, 900], [390, 844]] as const) {
  const ctx = await browser.newContext({ viewport: { width: w, height: h } });
  for (const p of paths) {
    const page = await ctx.newPage();
    await page.goto(base + p, { waitUntil: "networkidle" });
    const name = `/tmp/reading-shot-${p.replace(/[^a-z0-9]+/gi, "_") || "home"}-${w}.png`;
    await page.screenshot({ path: name, fullPage: process.env.FULL === "1", clip: process.env.FULL === "1" ? undefined : undefined });
    const hgt = await page.evaluate(() => document.documentElement.scrollHeight);
    const hdr = await page.evaluate(() => document.querySelector("header")?.getBoundingClientRect().height);
    console.log(name, "height", hgt, "header", hdr);
    await page.close();
  }
  await ctx.close();
}
await browser.close();
