/**
 * Writes the generated files that the package's code imports: `generated/json-schemas.json`, the
 * domain's JSON Schemas by file name, so that `toJsonSchemas()` never loads zod. The package
 * imports it as a JSON module at run time (tsup.config.ts), so it ships once, not inside both
 * the ESM and the CommonJS code.
 */
import { mkdirSync, renameSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { ENTITY_KINDS, datasetJsonSchema, entityJsonSchema } from "@karabakh-atlas/domain";

const here = dirname(fileURLToPath(import.meta.url));
const generated = join(here, "..", "generated");

function write(file: string, content: string): void {
  const out = join(generated, file);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(`${out}.tmp`, content);
  renameSync(`${out}.tmp`, out);
}

const schemas: Record<string, Record<string, unknown>> = { "dataset.schema.json": datasetJsonSchema() };
for (const { kind } of ENTITY_KINDS) schemas[`${kind}.schema.json`] = entityJsonSchema(kind);
write("json-schemas.json", JSON.stringify(schemas));
process.stdout.write(`ok: wrote generated/json-schemas.json (${Object.keys(schemas).length} schemas)\n`);
