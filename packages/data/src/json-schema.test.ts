/**
 * The JSON Schemas the domain generates (for editors and other languages) must accept what the
 * atlas accepts: every record file as written, and the built dataset. Checked with Ajv, an
 * independent JSON Schema (draft 2020-12) validator.
 */
import { readFileSync, readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { Ajv2020 } from "ajv/dist/2020.js";
import { parse } from "yaml";
import { ENTITY_KINDS, datasetJsonSchema, entityJsonSchema } from "@karabakh-atlas/domain";
import { dataset, toJsonSchemas } from "./index.js";
import { VALID_FIXTURE } from "./test-support.js";

const records = join(dirname(fileURLToPath(import.meta.url)), "..", "records");
// Formats (uri, …) are not asserted: zod checks them; the schema's structure is under test here.
const ajv = new Ajv2020({ allErrors: true, strict: false, validateFormats: false });

function recordFiles(root: string): { kind: (typeof ENTITY_KINDS)[number]["kind"]; file: string; data: unknown }[] {
  return ENTITY_KINDS.flatMap(({ kind, dir }) => {
    let names: string[];
    try {
      names = readdirSync(join(root, dir)).filter((n) => n.endsWith(".yaml"));
    } catch {
      return [];
    }
    return names.map((name) => ({ kind, file: `${dir}/${name}`, data: parse(readFileSync(join(root, dir, name), "utf8")) as unknown }));
  });
}

const validators = new Map(ENTITY_KINDS.map(({ kind }) => [kind, ajv.compile(entityJsonSchema(kind))]));

function errorsFor(kind: (typeof ENTITY_KINDS)[number]["kind"], data: unknown): string[] {
  const validate = validators.get(kind);
  if (!validate) throw new Error(`no validator for ${kind}`);
  return validate(data) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
}

describe("entityJsonSchema against record files", () => {
  it("accepts every record file of the real dataset as written", () => {
    const files = recordFiles(records);
    expect(files.length).toBeGreaterThan(0);
    for (const { kind, file, data } of files) expect(errorsFor(kind, data), file).toEqual([]);
    // Every record file of the dataset (over 600): seconds on a busy machine.
  }, 30_000);

  it("accepts every record file of the valid fixture", () => {
    for (const { kind, file, data } of recordFiles(VALID_FIXTURE)) expect(errorsFor(kind, data), file).toEqual([]);
  });

  it("rejects an unknown enum value, an unknown field, a missing citation list and a bad id", () => {
    const deposit = { id: "x", names: { en: "X" }, region: "kalbajar", inTerritories: true, commodities: ["gold"] };
    expect(errorsFor("deposit", deposit)).toEqual([]);
    expect(errorsFor("deposit", { ...deposit, commodities: ["gld"] })).not.toEqual([]);
    expect(errorsFor("deposit", { ...deposit, colour: "red" })).not.toEqual([]);
    expect(errorsFor("deposit", { ...deposit, id: "Not A Slug" })).not.toEqual([]);
    expect(errorsFor("deposit", { ...deposit, operations: [{ company: "base-metals", role: "operator", citations: [] }] })).not.toEqual([]);
    const { inTerritories: _scope, ...unscoped } = deposit;
    expect(errorsFor("deposit", unscoped)).not.toEqual([]);
    expect(errorsFor("event", { id: "e", title: "E", kind: "other" })).not.toEqual([]);
  });
});

describe("datasetJsonSchema against the built dataset", () => {
  const validate = ajv.compile(datasetJsonSchema());

  it("accepts generated/dataset.json", () => {
    const ok = validate(JSON.parse(JSON.stringify(dataset)));
    expect(ok, JSON.stringify(validate.errors?.slice(0, 5))).toBe(true);
  });

  it("rejects a dataset missing a kind", () => {
    const { events: _events, ...withoutEvents } = dataset;
    expect(validate(withoutEvents)).toBe(false);
  });
});

describe("toJsonSchemas (generated at build, so that the package never loads zod)", () => {
  it("is the domain's JSON Schemas as the domain generates them now", () => {
    const expected: Record<string, unknown> = { "dataset.schema.json": datasetJsonSchema() };
    for (const { kind } of ENTITY_KINDS) expected[`${kind}.schema.json`] = entityJsonSchema(kind);
    expect(toJsonSchemas()).toEqual(expected);
  });

  it("returns new objects on each call", () => {
    const first = toJsonSchemas();
    (first["dataset.schema.json"] as Record<string, unknown>).title = "changed";
    expect(toJsonSchemas()["dataset.schema.json"]?.title).toBe("Dataset");
  });
});
