import {
  ENTITY_KIND_TABLE,
  FIELDS,
  citationListsIn,
  comparePartialDates,
  foldText,
  referencesIn,
  vocabularyOf,
  languageName,
  statisticTitle,
  TITLE_LANGUAGES,
  type Dataset, type ReadonlyDataset,
  type FieldRegistry,
  type EntityKind,
  type PartialDate,
} from "@karabakh-atlas/domain/vocabulary";
import { checkBoundaries } from "./geo/check.js";
import { didYouMean } from "./suggest.js";

export type FieldPath = (string | number)[];

/** A problem with one record, located by kind, id and field path. */
export interface RecordProblem {
  kind: EntityKind;
  id: string;
  index: number;
  path: FieldPath;
  /** Where to point in the file when `path` is not written there (a missing field goes beside this one). */
  near?: FieldPath;
  message: string;
}

/** Pairs of dates that must be in order, with the path of the later one. */
function datePairs(record: Record<string, unknown>, kind: EntityKind): { path: FieldPath; start: PartialDate; end: PartialDate; what: string }[] {
  const out: { path: FieldPath; start: PartialDate; end: PartialDate; what: string }[] = [];
  const push = (path: FieldPath, start: unknown, end: unknown, what: string) => {
    if (typeof start === "string" && typeof end === "string") out.push({ path, start, end, what });
  };
  const walkPeriods = (value: unknown, path: FieldPath) => {
    if (Array.isArray(value)) return value.forEach((v, i) => walkPeriods(v, [...path, i]));
    if (!value || typeof value !== "object") return;
    const obj = value as Record<string, unknown>;
    if (path[path.length - 1] === "period") push([...path, "end"], obj.start, obj.end, "period end");
    if ("from" in obj || "to" in obj) push([...path, "to"], obj.from, obj.to, "`to`");
    for (const [key, child] of Object.entries(obj)) walkPeriods(child, [...path, key]);
  };
  walkPeriods(record, []);
  if (kind === "event") push(["endDate"], record.date, record.endDate, "`endDate`");
  if (kind === "region" && Array.isArray(record.control)) {
    record.control.forEach((period: { occupiedOn?: { date: string; assessment?: string }[]; returnedOn?: { date: string; assessment?: string }[] }, i: number) => {
      const occupied = (period.occupiedOn ?? []).filter((d) => d.assessment !== "erroneous");
      const returned = (period.returnedOn ?? []).filter((d) => d.assessment !== "erroneous");
      returned.forEach((r, j) => occupied.forEach((o) => push(["control", i, "returnedOn", j, "date"], o.date, r.date, "return date")));
    });
  }
  return out;
}

/** A kind's label inside a sentence: `Heritage site` → `heritage site`, but `UN document` keeps its acronym. */
function labelInSentence(label: string): string {
  return label.replace(/^\p{Lu}(?=\p{Ll})/u, (first) => first.toLowerCase());
}

/** The label of a value of a kind's own `kind` field, in a sentence: `economic-region` → `economic region`. */
function kindValueLabel(fields: FieldRegistry, kind: EntityKind, value: string): string {
  const vocabulary = fields[kind].fields?.kind?.vocabulary;
  const label = vocabulary ? vocabularyOf(vocabulary).labels?.[value] : undefined;
  return label ? labelInSentence(label) : value;
}

const withArticle = (noun: string) => `${/^[aeiou]/i.test(noun) ? "an" : "a"} ${noun}`;

function namesOf(record: Record<string, unknown>): string[] {
  const names = record.names as Record<string, string> | undefined;
  const aliases = (record.aliases as { name: string }[] | undefined) ?? [];
  return [...Object.values(names ?? {}), ...aliases.map((a) => a.name)];
}

/**
 * Checks the dataset as a whole once every record has passed its schema: ids unique across
 * kinds, references resolve to a record of the right kind, citations name existing sources,
 * dates are in order, a name or alias belongs to one record of a kind, no ownership cycles.
 * References and citations are found through the field registry (`fields`, the domain's
 * `FIELDS` unless a caller brings another).
 */
export function checkIntegrity(dataset: ReadonlyDataset, fields: FieldRegistry = FIELDS): RecordProblem[] {
  const problems: RecordProblem[] = [];
  const byId = new Map<string, { kind: EntityKind; record: Record<string, unknown> }>();
  const idsByKind = new Map<EntityKind, string[]>();

  for (const { kind, dir } of ENTITY_KIND_TABLE) {
    const list = dataset[dir] as readonly Record<string, unknown>[];
    idsByKind.set(kind, list.map((r) => String(r.id)));
    list.forEach((record, index) => {
      const id = String(record.id);
      const previous = byId.get(id);
      if (previous) {
        problems.push({ kind, id, index, path: ["id"], message: `duplicate id '${id}': already used by a ${previous.kind}` });
      } else {
        byId.set(id, { kind, record });
      }
    });
  }

  for (const { kind, dir, label } of ENTITY_KIND_TABLE) {
    const list = dataset[dir] as readonly Record<string, unknown>[];
    const seenNames = new Map<string, string>();
    list.forEach((record, index) => {
      const id = String(record.id);
      const report = (path: FieldPath, message: string) => problems.push({ kind, id, index, path, message });

      for (const ref of referencesIn(record, fields[kind])) {
        const target = byId.get(ref.id);
        const targetKind = ref.ref.kind;
        const targetLabel = labelInSentence(ENTITY_KIND_TABLE.find((k) => k.kind === targetKind)?.label ?? targetKind);
        if (!target || target.kind !== targetKind) {
          const found = target ? ` ('${ref.id}' is a ${target.kind})` : "";
          report(ref.path, `unknown ${targetLabel} '${ref.id}'${found}${didYouMean(ref.id, idsByKind.get(targetKind) ?? [])}`);
          continue;
        }
        if (ref.id === id) report(ref.path, `${labelInSentence(label)} '${id}' refers to itself`);
        const only = ref.ref.only;
        if (only !== undefined && target.record.kind !== only) {
          report(ref.path, `'${ref.id}' is a ${String(target.record.kind)}, not ${withArticle(kindValueLabel(fields, targetKind, only))}`);
        }
      }

      const sourceIds = idsByKind.get("source") ?? [];
      for (const list of citationListsIn(record, fields[kind])) {
        list.citations.forEach((citation, i) => {
          if (typeof citation.source !== "string" || byId.get(citation.source)?.kind === "source") return;
          report([...list.path, i, "source"], `unknown source '${citation.source}'${didYouMean(citation.source, sourceIds)}`);
        });
      }

      for (const pair of datePairs(record, kind)) {
        if (comparePartialDates(pair.end, pair.start) < 0) {
          report(pair.path, `${pair.what} ${pair.end} is before the start ${pair.start}`);
        }
      }

      if (kind !== "source" && kind !== "statistic" && kind !== "event") {
        for (const name of new Set(namesOf(record).map(foldText))) {
          const owner = seenNames.get(name);
          if (owner !== undefined && owner !== id) {
            report(["aliases"], `name or alias '${name}' is also used by ${labelInSentence(label)} '${owner}'`);
          } else {
            seenNames.set(name, id);
          }
        }
      }
    });
  }

  dataset.deposits.forEach((deposit, index) => problems.push(...depositScopeProblems(deposit, index, byId)));

  // Ownership must not loop back on itself.
  const parents = new Map(dataset.companies.map((c) => [c.id, c.ownership.map((o) => o.parent)]));
  dataset.companies.forEach((company, index) => {
    const seen = new Set<string>();
    const stack = [...(parents.get(company.id) ?? [])];
    while (stack.length > 0) {
      const next = stack.pop() as string;
      if (next === company.id) {
        problems.push({ kind: "company", id: company.id, index, path: ["ownership"], message: `ownership of '${company.id}' loops back to itself` });
        break;
      }
      if (seen.has(next)) continue;
      seen.add(next);
      stack.push(...(parents.get(next) ?? []));
    }
  });

  problems.push(...checkBoundaries(dataset));

  // A statistic's title is made from its fields (the domain's `statisticTitle`): two alike would
  // read the same in a chart, a list or an export row.
  const titles = new Map<string, string>();
  dataset.statistics.forEach((statistic, index) => {
    const place = (byId.get(statistic.subject)?.record as { names?: { en?: string } } | undefined)?.names?.en ?? statistic.subject;
    const event = statistic.event ? (byId.get(statistic.event)?.record as { title?: string } | undefined)?.title : undefined;
    const title = statisticTitle(statistic, { place, event });
    const other = titles.get(title);
    if (other === undefined) {
      titles.set(title, statistic.id);
      return;
    }
    problems.push({
      kind: "statistic",
      id: statistic.id,
      index,
      path: ["subset"],
      message: `statistic '${statistic.id}' has the same title as '${other}' ("${title}"): tell them apart with \`subset\`, \`war\` or \`period\``,
    });
  });

  problems.push(...eventTitleProblems(dataset));
  problems.push(...subsetProblems(dataset));

  return problems;
}

/**
 * An event that a statistic names is part of the statistic's title (`statisticTitle`'s
 * `names.event`), which the dashboard and the terminal write in every language of the atlas: the
 * event gives its title in each (`titles.az`, `titles.ru`), or an Azerbaijani or Russian title
 * would hold English words in its middle.
 */
function eventTitleProblems(dataset: ReadonlyDataset): RecordProblem[] {
  const namedBy = new Map<string, string[]>();
  for (const statistic of dataset.statistics) {
    if (statistic.event) namedBy.set(statistic.event, [...(namedBy.get(statistic.event) ?? []), statistic.id]);
  }
  return dataset.events.flatMap((event, index) => {
    const statistics = namedBy.get(event.id);
    if (!statistics) return [];
    const named = `statistic '${statistics[0]}'${statistics.length > 1 ? ` (and ${statistics.length - 1} more)` : ""}`;
    return untranslated({ kind: "event", id: event.id, index }, ["titles"], event.titles, ["title"], (lang) =>
      `event '${event.id}' is part of the title of ${named}: give its title in ${languageName(lang)} as \`titles.${lang}\`, with the meaning and words of the English title ("${event.title}")`,
    );
  });
}

type Indexed = Map<string, { kind: EntityKind; record: Record<string, unknown> }>;

/** The region and its ancestors (by `parent`), nearest first. */
function regionLine(id: string, byId: Indexed): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  const seen = new Set<string>();
  let current: string | undefined = id;
  while (current && !seen.has(current)) {
    seen.add(current);
    const entry = byId.get(current);
    if (!entry || entry.kind !== "region") break;
    out.push(entry.record);
    current = typeof entry.record.parent === "string" ? entry.record.parent : undefined;
  }
  return out;
}

/**
 * A deposit's district claims and scope agree with its regions: `region` is one of the districts
 * the claims name, no district is claimed twice, a deposit in the territories is filed under a
 * district (not only the country), and a deposit marked outside them lies in no district that
 * was occupied (a region with a control period).
 */
function depositScopeProblems(deposit: Dataset["deposits"][number], index: number, byId: Indexed): RecordProblem[] {
  const problems: RecordProblem[] = [];
  const report = (path: FieldPath, message: string) => problems.push({ kind: "deposit", id: deposit.id, index, path, message });
  const claimed = deposit.regionClaims.map((c) => c.region);
  if (claimed.length > 0 && !claimed.includes(deposit.region)) {
    report(["region"], `region '${deposit.region}' is not one of the districts in regionClaims (${claimed.join(", ")}): file the deposit under one of them, or add a claim for '${deposit.region}' with its citations`);
  }
  claimed.forEach((id, i) => {
    if (claimed.indexOf(id) !== i) report(["regionClaims", i, "region"], `district '${id}' is claimed twice: put both citations in one claim`);
  });
  const line = (id: string) => regionLine(id, byId);
  if (deposit.inTerritories) {
    const kind = line(deposit.region)[0]?.kind;
    if (kind === "country") {
      report(["region"], `a deposit in the territories (inTerritories: true) is filed under its district, not the country '${deposit.region}'`);
    }
  } else {
    for (const [path, id] of [[["region"], deposit.region], ...claimed.map((c, i) => [["regionClaims", i, "region"], c] as const)] as [FieldPath, string][]) {
      const occupied = line(id).find((r) => Array.isArray(r.control) && r.control.length > 0);
      if (occupied) {
        report(path, `'${id}' lies in '${String(occupied.id)}', a district of the territories the atlas is about: set inTerritories: true`);
        break;
      }
    }
  }
  return problems;
}

/**
 * A statistic's subset is part of its title (`statisticWhat`), which the dashboard and the terminal
 * write in every language of the atlas: the statistic gives it in each (`subsetIn.az`,
 * `subsetIn.ru`), or an Azerbaijani or Russian title would hold English words in its parentheses.
 */
function subsetProblems(dataset: ReadonlyDataset): RecordProblem[] {
  return dataset.statistics.flatMap((statistic, index) =>
    statistic.subset
      ? untranslated({ kind: "statistic", id: statistic.id, index }, ["subsetIn"], statistic.subsetIn, ["subset"], (lang) =>
          `statistic '${statistic.id}' has a subset, which is part of its title: give it in ${languageName(lang)} as \`subsetIn.${lang}\`, with the meaning and words of the English subset ("${statistic.subset}")`,
        )
      : [],
  );
}

/**
 * A problem for each language other than English that `given` (a record's translations of one of
 * its English texts, at `path`) lacks: located at the missing entry, or beside `near` (the English
 * text) when the record has no translations at all.
 */
function untranslated(
  record: Pick<RecordProblem, "kind" | "id" | "index">,
  path: FieldPath,
  given: Readonly<Partial<Record<(typeof TITLE_LANGUAGES)[number], string>>> | undefined,
  near: FieldPath,
  message: (lang: (typeof TITLE_LANGUAGES)[number]) => string,
): RecordProblem[] {
  return TITLE_LANGUAGES.filter((lang) => !given?.[lang]).map((lang) => ({ ...record, path: [...path, lang], near, message: message(lang) }));
}
