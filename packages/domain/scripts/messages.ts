/**
 * Writes the English texts the code owns into messages/en.json (labels, units, kinds, months,
 * formatting patterns), keeping the apps' texts that are written there by hand, in key order.
 * `-- --check` only reports whether the file is up to date. az.json and ru.json are never written.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { englishMessages } from "../src/messages-english.js";

const file = fileURLToPath(new URL("../messages/en.json", import.meta.url));
const current = JSON.parse(readFileSync(file, "utf8")) as Record<string, string>;
const owned = englishMessages();
const merged: Record<string, string> = {};
// A key of the code's namespaces that the code no longer has is dropped; the apps' keys stay.
const codeNamespace = /^(vocab|description|unit|kind|field|country|language|label|month|figure|date|period|statistic)\./;
for (const [key, text] of Object.entries(current)) if (!codeNamespace.test(key)) merged[key] = text;
Object.assign(merged, owned);
const sorted = Object.fromEntries(Object.keys(merged).sort().map((key) => [key, merged[key]!]));
const text = `${JSON.stringify(sorted, null, 2)}\n`;
if (process.argv.includes("--check")) {
  if (text !== readFileSync(file, "utf8")) {
    console.error("messages/en.json differs from the code's English: run npm run messages -w @karabakh-atlas/domain");
    process.exit(1);
  }
} else {
  writeFileSync(file, text);
  console.log(`messages/en.json: ${Object.keys(sorted).length} keys`);
}
