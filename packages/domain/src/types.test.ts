/**
 * Type-level tests: `expectTypeOf` is checked by the compiler (`npm run typecheck`, which
 * includes these files), and each test also asserts something at run time.
 */
import { describe, expect, expectTypeOf, it } from "vitest";
import type { z } from "zod";
import {
  type Alias,
  type COMMODITY,
  DepositSchema,
  ENTITY_KINDS,
  FigureSchema,
  type Commodity,
  type Company,
  type Dataset,
  type Deposit,
  type EntityOf,
  type Event,
  type Figure,
  type FigureInput,
  type PartialDate,
  type Qualifier,
  type Region,
  type Unit,
} from "./index.js";

describe("inferred types", () => {
  it("types a deposit's commodities as the Commodity union", () => {
    expectTypeOf<Deposit["commodities"][number]>().toEqualTypeOf<Commodity>();
    expectTypeOf<Commodity>().toEqualTypeOf<(typeof COMMODITY.values)[number]>();
    expectTypeOf<"gold">().toExtend<Commodity>();
    expectTypeOf<"uranium">().not.toExtend<Commodity>();
    const deposit: Deposit = DepositSchema.parse({ id: "x", names: { en: "X" }, region: "r", commodities: ["gold"], inTerritories: true });
    expect(deposit.commodities).toEqual(["gold"]);
  });

  it("makes the figure qualifier required on output and optional on input", () => {
    expectTypeOf<z.output<typeof FigureSchema>["qualifier"]>().toEqualTypeOf<Qualifier>();
    expectTypeOf<Figure["qualifier"]>().toEqualTypeOf<Qualifier>();
    expectTypeOf<FigureInput["qualifier"]>().toEqualTypeOf<Qualifier | undefined>();
    expectTypeOf<Figure["unit"]>().toEqualTypeOf<Unit>();
    expectTypeOf<Figure["value"]>().toEqualTypeOf<number | undefined>();
    const figure = FigureSchema.parse({ value: 1, unit: "person", citations: [{ source: "s", locator: "l", excerpt: "e" }] });
    expect(figure.qualifier).toBe("exact");
  });

  it("makes defaulted arrays non-optional on output", () => {
    expectTypeOf<Region["aliases"]>().toEqualTypeOf<Alias[]>();
    expectTypeOf<Region["aliases"]>().not.toBeUndefined();
    expectTypeOf<Company["ownership"][number]["parent"]>().toEqualTypeOf<string>();
    expectTypeOf<Event["date"]>().toEqualTypeOf<PartialDate | undefined>();
  });

  it("maps each kind to its record type and each dataset key to a list of it", () => {
    expectTypeOf<EntityOf<"deposit">>().toEqualTypeOf<Deposit>();
    expectTypeOf<EntityOf<"region">>().toEqualTypeOf<Region>();
    expectTypeOf<Dataset["deposits"]>().toEqualTypeOf<Deposit[]>();
    expectTypeOf<Dataset["heritage-sites"][number]["kind"]>().toEqualTypeOf<EntityOf<"heritage-site">["kind"]>();
    expect(ENTITY_KINDS.find((k) => k.kind === "deposit")?.dir).toBe("deposits");
  });
});
