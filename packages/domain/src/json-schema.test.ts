import { describe, expect, it } from "vitest";
import { COMMODITY, ENTITY_KINDS, datasetJsonSchema, entityJsonSchema, type EntityKind } from "./index.js";

type JsonSchema = {
  $schema?: string;
  type?: string;
  title?: string;
  properties?: Record<string, JsonSchema & { default?: unknown; enum?: unknown[]; minItems?: number; items?: JsonSchema }>;
  required?: string[];
  additionalProperties?: unknown;
  items?: JsonSchema;
  enum?: unknown[];
};

describe("entityJsonSchema", () => {
  for (const { kind, label } of ENTITY_KINDS) {
    it(`describes a ${kind} as a closed object with an id`, () => {
      const schema = entityJsonSchema(kind) as JsonSchema;
      expect(schema.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
      expect(schema.type).toBe("object");
      expect(schema.additionalProperties).toBe(false);
      expect(Object.keys(schema.properties ?? {})).toContain("id");
      expect(schema.required).toContain("id");
      expect(schema.title?.replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase()).toBe(label === "UN document" ? "resolution" : label.toLowerCase());
    });
  }

  it("closes every nested object too: an unknown key anywhere in a record is an error", () => {
    const open: string[] = [];
    const walk = (node: unknown, path: string): void => {
      if (Array.isArray(node)) return node.forEach((child, i) => walk(child, `${path}[${i}]`));
      if (node === null || typeof node !== "object") return;
      const schema = node as Record<string, unknown>;
      if (schema.type === "object" && schema.properties && schema.additionalProperties !== false) open.push(path);
      for (const [key, child] of Object.entries(schema)) walk(child, `${path}.${key}`);
    };
    for (const { kind } of ENTITY_KINDS) walk(entityJsonSchema(kind), kind);
    expect(open).toEqual([]);
  });

  it("lists the required fields as input (defaults optional)", () => {
    expect(new Set((entityJsonSchema("deposit") as JsonSchema).required)).toEqual(new Set(["id", "names", "region", "commodities", "inTerritories"]));
    expect(new Set((entityJsonSchema("source") as JsonSchema).required)).toEqual(
      new Set(["id", "title", "publisher", "publisherType", "kind", "language"]),
    );
  });

  it("carries the enums and the citation minimum", () => {
    const deposit = entityJsonSchema("deposit") as JsonSchema;
    expect(deposit.properties?.commodities?.items?.enum).toEqual([...COMMODITY.values]);
    const statistic = entityJsonSchema("statistic") as JsonSchema;
    const observation = statistic.properties?.observations?.items;
    expect(observation?.properties?.qualifier?.default).toBe("exact");
    expect(observation?.required).not.toContain("qualifier");
    expect(observation?.properties?.citations?.minItems).toBe(1);
  });

  it("throws for a kind that does not exist", () => {
    expect(() => entityJsonSchema("mine" as EntityKind)).toThrow("unknown entity kind 'mine'");
  });
});

describe("datasetJsonSchema", () => {
  it("has meta and one array per kind, all required", () => {
    const schema = datasetJsonSchema() as JsonSchema;
    const keys = ["meta", ...ENTITY_KINDS.map((k) => k.dir)];
    expect(Object.keys(schema.properties ?? {}).sort()).toEqual([...keys].sort());
    expect(new Set(schema.required)).toEqual(new Set(keys));
    for (const { dir } of ENTITY_KINDS) expect(schema.properties?.[dir]?.type, dir).toBe("array");
  });

  it("describes the output: defaulted fields are required", () => {
    const schema = datasetJsonSchema() as JsonSchema;
    const deposit = schema.properties?.deposits?.items;
    expect(deposit?.required).toEqual(expect.arrayContaining(["aliases", "claims", "miningType", "crossBorder"]));
  });
});
