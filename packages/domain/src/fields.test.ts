import { describe, expect, it } from "vitest";
import { z } from "zod";
import {
  DepositSchema,
  ENTITY_KIND_TABLE,
  FIELDS,
  HeritageSiteSchema,
  IdSchema,
  PartialDateSchema,
  entityJsonSchema,
  fieldAt,
  fieldRegistry,
  fieldTree,
  listFields,
  reference,
  referencesIn,
  citationListsIn,
  type FieldNode,
} from "./index.js";
import { SCHEMAS } from "./dataset.js";

/** Every field path a zod object schema declares, walked without the registry's code. */
function schemaPaths(schema: z.core.$ZodType, path = ""): string[] {
  let current = schema as z.core.$ZodType & { _zod: { def: Record<string, unknown> & { type: string } } };
  while (["optional", "default"].includes(current._zod.def.type)) current = current._zod.def.innerType as typeof current;
  const def = current._zod.def;
  if (def.type === "array") return schemaPaths(def.element as z.core.$ZodType, `${path}[]`);
  if (def.type !== "object") return [];
  return Object.entries(def.shape as Record<string, z.core.$ZodType>).flatMap(([key, child]) => {
    const childPath = path ? `${path}.${key}` : key;
    return [childPath, ...schemaPaths(child, childPath)];
  });
}

const paths = (root: FieldNode) => listFields(root).map((f) => f.path);

describe("the field registry", () => {
  it("is what the schemas say now (the build regenerates src/generated/fields.ts)", () => {
    expect(FIELDS).toEqual(fieldRegistry(SCHEMAS));
  });

  it("leaves no field of any kind out", () => {
    for (const { kind } of ENTITY_KIND_TABLE) {
      const declared = schemaPaths(SCHEMAS[kind]).filter((p) => !p.endsWith("[]"));
      const registered = paths(FIELDS[kind]).filter((p) => !p.endsWith("[]"));
      expect(registered, kind).toEqual(declared);
    }
  });

  it("knows which kind every reference names, and how the link is called", () => {
    const refs = Object.fromEntries(
      ENTITY_KIND_TABLE.map(({ kind }) => [
        kind,
        listFields(FIELDS[kind])
          .filter((f) => f.node.ref)
          .map((f) => `${f.path}→${f.node.ref?.kind} ${f.node.ref?.relation}${f.node.ref?.only ? ` (${f.node.ref.only})` : ""}`),
      ]),
    );
    expect(refs).toEqual({
      region: ["parent→region parent", "boundary.dataset→source boundary-dataset", "noBoundary.parts[].region→region boundary-part", "adminCentre→region admin-centre", "economicRegions[].id→region economic-region (economic-region)"],
      deposit: [
        "region→region region",
        "regionClaims[].region→region region-claim",
        "nearestSettlement→region nearest-settlement",
        "operations[].company→company operation",
      ],
      company: ["ownership[].parent→company ownership"],
      resolution: ["regions[].id→region names-region", "related[].id→resolution related", "sourceDocument→source source-document"],
      statistic: ["subject→region subject", "event→event event"],
      "heritage-site": ["region→region region", "settlement→region settlement"],
      event: [
        "regions[]→region region",
        "resolutions[]→resolution resolution",
        "companies[]→company company",
        "deposits[]→deposit deposit",
        "programmes[]→programme programme",
      ],
      programme: [],
      source: ["citedIn→source cited-in"],
    });
  });

  it("marks citations, figures, dates, vocabularies and localized names", () => {
    expect(fieldAt(FIELDS.deposit, ["regionCitations"])?.shape).toBe("citations");
    expect(fieldAt(FIELDS.deposit, ["figures", 0])?.shape).toBe("figure");
    expect(fieldAt(FIELDS.company, ["ownership", 0, "share"])?.shape).toBe("figure");
    expect(fieldAt(FIELDS.deposit, ["status", 0])?.shape).toBe("status");
    expect(fieldAt(FIELDS.resolution, ["demands", 0])?.shape).toBe("demand");
    expect(fieldAt(FIELDS.deposit, ["milestones", 0])?.shape).toBe("milestone");
    expect(fieldAt(FIELDS.deposit, ["milestones", 0, "kind"])?.vocabulary).toBe("DEPOSIT_MILESTONE");
    expect(fieldAt(FIELDS.region, ["control", 0, "occupiedOn", 0])?.shape).toBe("date-claim");
    expect(fieldAt(FIELDS.region, ["claims", 0])?.shape).toBe("statement");
    expect(fieldAt(FIELDS.region, ["names"])?.shape).toBe("names");
    expect(fieldAt(FIELDS.event, ["endDate"])?.date).toBe(true);
    expect(fieldAt(FIELDS.deposit, ["operations", 0, "from"])?.date).toBe(true);
    expect(fieldAt(FIELDS.source, ["publisherType"])?.vocabulary).toBe("PUBLISHER_TYPE");
    expect(fieldAt(FIELDS.deposit, ["commodities", 0])?.vocabulary).toBe("COMMODITY");
    expect(fieldAt(FIELDS.deposit, ["nearestSettlement"])).toMatchObject({ label: "Nearest settlement", description: "Id of the nearest settlement.", optional: true });
    // Every partial date of every kind is marked, and only those.
    for (const { kind } of ENTITY_KIND_TABLE) {
      for (const { path, node } of listFields(FIELDS[kind])) {
        if (node.date) expect(node.type, `${kind} ${path}`).toBe("string");
        if (node.type === "string" && /(^|\.)(date|asOf|from|to|start|end|endDate|documentDate)$/.test(path)) expect(node.date, `${kind} ${path}`).toBe(true);
      }
    }
  });

  it("derives a field added to a copy of a schema, with no other edit", () => {
    const copy = HeritageSiteSchema.extend({ nearestDeposit: reference("deposit").optional(), visited: PartialDateSchema.optional() });
    const tree = fieldTree(copy, "heritage-site");
    expect(tree.fields?.nearestDeposit?.ref).toEqual({ kind: "deposit", relation: "nearest-deposit" });
    expect(tree.fields?.visited?.date).toBe(true);
    const record = { id: "x", names: { en: "X" }, region: "kalbajar", nearestDeposit: "gyzylbulag" };
    expect(referencesIn(record, tree).map((r) => [r.path.join("."), r.id, r.ref.kind])).toEqual([
      ["region", "kalbajar", "region"],
      ["nearestDeposit", "gyzylbulag", "deposit"],
    ]);
  });

  it("finds references and citations in a record, in the record's order, with what each supports", () => {
    const deposit = DepositSchema.parse({
      id: "d",
      names: { en: "D" },
      region: "r",
      inTerritories: true,
      regionCitations: [{ source: "s1", locator: "p. 1", excerpt: "in r" }],
      commodities: ["gold"],
      operations: [{ company: "c", role: "operator", from: "2001", citations: [{ source: "s2", locator: "p. 2", excerpt: "c operates" }] }],
    });
    expect(referencesIn(deposit, FIELDS.deposit).map((r) => ({ path: r.path, link: r.link, citedAt: r.citedAt }))).toEqual([
      { path: ["region"], link: ["region"], citedAt: ["regionCitations"] },
      { path: ["operations", 0, "company"], link: ["operations", 0], citedAt: ["operations", 0] },
    ]);
    expect(citationListsIn(deposit, FIELDS.deposit).map((l) => [l.path, l.supports])).toEqual([
      [["regionCitations"], ["regionCitations"]],
      [["operations", 0, "citations"], ["operations", 0]],
    ]);
  });

  it("refuses an enum that is no vocabulary, and a zod type it does not know", () => {
    expect(() => fieldTree(z.object({ colour: z.enum(["red", "green"]) }), "x")).toThrow(/x\.colour: the enum \[red, green\] is no vocabulary/);
    expect(() => fieldTree(z.object({ when: z.date() }), "x")).toThrow(/x\.when: the registry does not know zod's 'date'/);
  });

  it("does not change the JSON Schemas: a reference is an id, its annotations stay out", () => {
    const property = (field: z.ZodType) => (z.toJSONSchema(z.object({ field })).properties as Record<string, unknown>).field;
    expect(property(reference("region"))).toEqual(property(IdSchema));
    expect(property(reference("region", { description: "Id of a region.", relation: "x" }))).toEqual({ ...(property(IdSchema) as object), description: "Id of a region." });
    expect(JSON.stringify(entityJsonSchema("deposit"))).not.toMatch(/"ref":|"relation":"operation"|"only":/);
  });
});
