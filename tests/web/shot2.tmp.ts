import { launchBrowser } from "@karabakh-atlas/test-support";
const [base, path, sel, w] = process.argv.slice(2);
const browser = await launchBrowser();
const ctx = await browser.newContext({ viewport: { width: Number(w), height: 900 } });
const page = await ctx.newPage();
await page.goto(base + path, { waitUntil: "networkidle" });
await page.locator(sel).first().screenshot({ path: `/tmp/reading-el-${w}.png` });
if (process.env.FOCUS) { await page.locator(".chart-svg:visible .point").last().focus(); await page.locator(sel).first().screenshot({ path: `/tmp/reading-el-focus-${w}.png` }); }
await browser.close();
