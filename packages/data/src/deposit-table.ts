import type { Commodity, CurrentStatus, Deposit, DepositFigure, DepositStatus, Operation, PartialDate, Unit } from "@karabakh-atlas/domain/vocabulary";
import { currentStatus, currentStatusClaims } from "./atlas.js";

/** Tonnes per unit, for the units a tonnage is stated in. */
const TONNES: Partial<Record<Unit, number>> = { kg: 0.001, tonne: 1, kilotonne: 1_000, megatonne: 1_000_000 };

/** A figure's tonnage (its stated value, or the upper bound of a range); undefined for other units. */
export function tonnesOf(figure: Pick<DepositFigure, "unit" | "value" | "lower" | "upper">): number | undefined {
  const factor = TONNES[figure.unit];
  const value = figure.value ?? figure.upper ?? figure.lower;
  return factor === undefined || value === undefined ? undefined : value * factor;
}

/**
 * The largest reserve a source states for a deposit, by tonnage (resources where no reserve is
 * stated), as the source states it — with its unit and citations, never converted for display.
 */
export function largestReserve(deposit: Pick<Deposit, "figures">): { figure: DepositFigure; tonnes: number } | undefined {
  for (const category of ["reserve", "resource"] as const) {
    const weighed = deposit.figures.flatMap((figure) => {
      const tonnes = figure.category === category ? tonnesOf(figure) : undefined;
      return tonnes === undefined ? [] : [{ figure, tonnes }];
    });
    if (weighed.length > 0) return weighed.reduce((a, b) => (b.tonnes > a.tonnes ? b : a));
  }
  return undefined;
}

/** One row of the deposits table: what a reader compares across deposits. */
export interface DepositRow {
  id: string;
  name: string;
  region: string;
  inTerritories: boolean;
  commodities: Commodity[];
  /** The latest status, or `disputed` when sources give different ones for that date. */
  status: CurrentStatus | undefined;
  /** Each status the sources give for the latest date (two or more when disputed). */
  statuses: DepositStatus[];
  statusAsOf: PartialDate | undefined;
  reserve: { figure: DepositFigure; tonnes: number } | undefined;
  /** Every operation, in the order of their start dates (undated last). */
  operations: Operation[];
}

export function depositRow(deposit: Deposit): DepositRow {
  const status = currentStatus(deposit);
  const claims = currentStatusClaims(deposit);
  const operations = [...deposit.operations].sort((a, b) => (a.from ?? "9999").localeCompare(b.from ?? "9999"));
  return {
    id: deposit.id,
    name: deposit.names.en,
    region: deposit.region,
    inTerritories: deposit.inTerritories,
    commodities: deposit.commodities,
    status,
    statuses: [...new Set(claims.map((c) => c.status))],
    statusAsOf: claims[0]?.asOf,
    reserve: largestReserve(deposit),
    operations,
  };
}
