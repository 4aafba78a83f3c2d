/**
 * The field registry's promise, end to end: a reference field added to a copy of a schema is
 * checked (integrity), exported (links.csv, citations.csv), back-linked (the atlas) and shown
 * (the CLI's record view) with no other edit — the registry derived from the copy is all that
 * changes.
 */
import { describe, expect, it } from "vitest";
import { CitationsSchema, ENTITY_KINDS, FIELDS, HeritageSiteSchema, fieldRegistry, reference, type Dataset } from "@karabakh-atlas/domain";
import { createAtlas, dataset as bundled, toCsv, type AnyRecord } from "@karabakh-atlas/data";
import { checkIntegrity } from "@karabakh-atlas/data/validate";
import { Describer } from "./describe.js";

const schemas = Object.fromEntries(ENTITY_KINDS.map((k) => [k.kind, k.schema])) as Record<(typeof ENTITY_KINDS)[number]["kind"], (typeof ENTITY_KINDS)[number]["schema"]>;
const withField = fieldRegistry({
  ...schemas,
  "heritage-site": HeritageSiteSchema.extend({
    nearestDeposit: reference("deposit").optional().meta({ description: "Id of the nearest mineral deposit." }),
    nearestDepositCitations: CitationsSchema.optional(),
  }),
});

const source = bundled.sources[0]?.id as string;
const dataset = structuredClone(bundled) as Dataset;
const [site, broken] = dataset["heritage-sites"] as unknown as Record<string, unknown>[];
Object.assign(site as object, {
  nearestDeposit: "gyzylbulag",
  nearestDepositCitations: [{ source, locator: "p. 1", excerpt: "Fixture words." }],
});
Object.assign(broken as object, { nearestDeposit: "gyzilbulag", nearestDepositCitations: [{ source: "no-such-source", locator: "p. 2", excerpt: "Fixture words." }] });
const siteId = String(site?.id);
const brokenId = String(broken?.id);

describe("a reference field added to a copy of a schema", () => {
  it("is in the registry derived from the copy, with its label and description", () => {
    expect(withField["heritage-site"].fields?.nearestDeposit).toMatchObject({
      label: "Nearest deposit",
      description: "Id of the nearest mineral deposit.",
      ref: { kind: "deposit", relation: "nearest-deposit" },
    });
    expect(FIELDS["heritage-site"].fields?.nearestDeposit).toBeUndefined();
  });

  it("is checked: a dangling id and an unknown cited source are problems, with the nearest valid id", () => {
    const problems = checkIntegrity(dataset, withField).filter((p) => p.id === brokenId);
    expect(problems.map((p) => `${p.path.join(".")}: ${p.message}`)).toEqual([
      "nearestDeposit: unknown deposit 'gyzilbulag' — did you mean 'gyzylbulag'?",
      "nearestDepositCitations.0.source: unknown source 'no-such-source'",
    ]);
    // The registry of the schemas as they are does not know the field.
    expect(checkIntegrity(dataset).filter((p) => p.id === brokenId)).toEqual([]);
  });

  it("is exported: a row of links.csv, and its citations in citations.csv point at that link", () => {
    const links = toCsv(dataset, "links", withField);
    expect(links).toContain(`${siteId}/nearestDeposit,${siteId},heritage-site,nearestDeposit,nearest-deposit,gyzylbulag,`);
    expect(toCsv(dataset, "links")).not.toContain("nearest-deposit");
    expect(toCsv(dataset, "citations", withField)).toContain(
      `${siteId}/nearestDepositCitations[0],${siteId},heritage-site,nearestDepositCitations,0,,${siteId}/nearestDeposit,,${source},p. 1,excerpt,Fixture words.,`,
    );
  });

  it("is back-linked: the deposit knows the site refers to it, and the source what it supports", () => {
    const atlas = createAtlas(dataset, { fields: withField });
    expect(atlas.backlinks("gyzylbulag")).toContainEqual({ kind: "heritage-site", id: siteId, field: "nearestDeposit", relation: "nearest-deposit" });
    expect(atlas.sourceUses(source)).toContainEqual(expect.objectContaining({ kind: "heritage-site", id: siteId, field: "nearestDepositCitations[0]" }));
    expect(createAtlas(dataset).backlinks("gyzylbulag").some((b) => b.kind === "heritage-site")).toBe(false);
  });

  it("is shown: the record view links the deposit by its name, with the citation under it", () => {
    const atlas = createAtlas(dataset, { fields: withField });
    const lines = new Describer(atlas).describe({ kind: "heritage-site", record: atlas.heritageSite(siteId) } as AnyRecord);
    const line = lines.find((l) => l.text.startsWith("Nearest deposit:"));
    expect(line).toMatchObject({ text: `Nearest deposit: ${atlas.deposit("gyzylbulag")?.names.en} (gyzylbulag)`, tone: "link", link: { kind: "deposit", id: "gyzylbulag" } });
    expect(lines.some((l) => l.text === "Nearest deposit citations")).toBe(true);
  });
});
