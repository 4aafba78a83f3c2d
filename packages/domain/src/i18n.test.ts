import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { LABELLED_VOCABULARIES, UNIT, citedFieldLabel, formatCompetingFigures, formatDate, formatFigure, formatNumber, formatPeriod, formatUnit, labelOf, statisticTitle, statisticWhat, statisticWhen, subsetInLanguage, titleInLanguage } from "./index.js";
import { COMMODITY, QUALIFIER, type Qualifier, type Unit } from "./enums.js";
import { ENTITY_KIND_TABLE } from "./kinds.js";
import { FIELDS } from "./generated/fields.js";
import { listFields } from "./field-tree.js";
import { LANGUAGES, MESSAGES, PLURAL_FORMS, citedFieldLabelIn, countryNameIn, fieldLabelIn, kindLabel, langFromPosix, languageNameIn, localeOf, pluralForm, t, tn } from "./i18n.js";
import { FORMAT_KEYS, fieldLabelKey, localeFigure } from "./locale.js";
import { englishMessages } from "./messages-english.js";

const az = localeOf("az");
const ru = localeOf("ru");
const NBSP = "\u00a0";
const PLURAL = /^(.*)#(one|few|many|other)$/;

/** A file's keys grouped: plain keys, and counted texts' bases with the forms given. */
function families(messages: Readonly<Record<string, string>>): { plain: Set<string>; plural: Map<string, Set<string>> } {
  const plain = new Set<string>();
  const plural = new Map<string, Set<string>>();
  for (const key of Object.keys(messages)) {
    const match = PLURAL.exec(key);
    if (match) plural.set(match[1]!, (plural.get(match[1]!) ?? new Set()).add(match[2]!));
    else plain.add(key);
  }
  return { plain, plural };
}

const placeholders = (text: string) => new Set([...text.matchAll(/\{([a-z-]+)\}/g)].map((m) => m[1]!));

describe("message files", () => {
  const english = families(MESSAGES.en);

  it.each(["az", "ru"] as const)("%s has every key of en.json and no other, each counted text in its own plural forms", (lang) => {
    const own = families(MESSAGES[lang]);
    expect([...english.plain].filter((key) => !own.plain.has(key)), `keys missing in ${lang}.json`).toEqual([]);
    expect([...own.plain].filter((key) => !english.plain.has(key)), `keys in ${lang}.json that en.json does not have (unused)`).toEqual([]);
    expect([...own.plural.keys()].filter((key) => !english.plural.has(key)), `counted texts only ${lang}.json has`).toEqual([]);
    for (const base of english.plural.keys()) {
      expect([...(own.plural.get(base) ?? [])].sort(), `${lang}.json: ${base}`).toEqual([...PLURAL_FORMS[lang]].sort());
    }
  });

  it("en.json gives the English plural forms", () => {
    for (const [base, forms] of english.plural) expect([...forms].sort(), base).toEqual([...PLURAL_FORMS.en].sort());
  });

  it.each(LANGUAGES)("%s.json has no empty text and no text with spaces at its ends", (lang) => {
    for (const [key, text] of Object.entries(MESSAGES[lang])) {
      expect(text.trim().length, `${lang}.json ${key}`).toBeGreaterThan(0);
      expect(text.trim() === text || key === "cli.error.did-you-mean", `${lang}.json ${key}`).toBe(true);
    }
  });

  it("en.json holds the code's English word for word (npm run messages -w @karabakh-atlas/domain rewrites it)", () => {
    const owned = englishMessages();
    const differ = Object.entries(owned).filter(([key, text]) => MESSAGES.en[key] !== text);
    expect(differ.map(([key, text]) => `${key}: code says ${JSON.stringify(text)}, en.json ${JSON.stringify(MESSAGES.en[key])}`)).toEqual([]);
  });

  it("no key is unused: each is the code's (labels, units, kinds, names, formatting) or an app's text", () => {
    const owned = englishMessages();
    const apps = /^(common|web|cli)\./;
    expect(Object.keys(MESSAGES.en).filter((key) => !(key in owned) && !apps.test(key))).toEqual([]);
    // The formatter reads these keys; each is in the files.
    for (const key of FORMAT_KEYS) expect(key in MESSAGES.en || english.plural.has(key), key).toBe(true);
  });

  it("every key of the apps' texts that an app names exists, and once an app is wired every key of its namespace is used", () => {
    // Both apps are wired: every key of the common, web and cli namespaces is named by one of them.
    const pending = new Set<string>();
    const root = fileURLToPath(new URL("../../../apps/", import.meta.url));
    const sources: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        if (name === "node_modules" || name.startsWith(".") || name === "dist") continue;
        const path = join(dir, name);
        if (statSync(path).isDirectory()) walk(path);
        else if (/\.(ts|tsx)$/.test(name)) sources.push(readFileSync(path, "utf8"));
      }
    };
    for (const app of ["web", "cli"]) {
      try {
        walk(join(root, app));
      } catch {
        // A published copy of the package has no apps beside it.
      }
    }
    const text = sources.join("\n");
    const named = [...text.matchAll(/["'`]((?:common|web|cli)\.[a-z0-9.-]+)["'`]/g)].map((m) => m[1]!);
    // A counted text is named by its base (`tn(lang, "web.timeline.events", n)`), without its plural form.
    expect(named.filter((key) => !(key in MESSAGES.en) && !english.plural.has(key)), "keys the apps name that en.json lacks").toEqual([]);
    const unused = Object.keys(MESSAGES.en).filter((key) => {
      const namespace = key.split(".")[0]!;
      return /^(common|web|cli)$/.test(namespace) && !pending.has(namespace) && !text.includes(PLURAL.exec(key)?.[1] ?? key);
    });
    expect(unused).toEqual([]);
  });

  it("a translation of an app's text has the same placeholders as the English", () => {
    for (const lang of ["az", "ru"] as const) {
      for (const [key, english] of Object.entries(MESSAGES.en)) {
        if (!/^(common|web|cli|language|kind)\./.test(key)) continue;
        const base = PLURAL.exec(key)?.[1];
        if (base !== undefined) {
          // A counted text: each of the language's own forms has the placeholders of the English `other`.
          if (!key.endsWith("#other")) continue;
          for (const form of PLURAL_FORMS[lang]) {
            expect([...placeholders(MESSAGES[lang][`${base}#${form}`] ?? "")].sort(), `${lang}.json ${base}#${form}`).toEqual([...placeholders(english)].sort());
          }
          continue;
        }
        expect([...placeholders(MESSAGES[lang][key] ?? "")].sort(), `${lang}.json ${key}`).toEqual([...placeholders(english)].sort());
      }
    }
  });

  it("a formatting pattern uses only the placeholders the formatter fills", () => {
    const allowed = new Set(["value", "unit", "unit-genitive", "abl", "dat", "lower", "upper", "count", "sources", "figures", "day", "month", "year", "start", "end", "date", "date-genitive", "ordinal"]);
    for (const lang of LANGUAGES) {
      for (const [key, text] of Object.entries(MESSAGES[lang])) {
        if (!/^(figure|date|period|statistic)\./.test(key)) continue;
        expect([...placeholders(text)].filter((name) => !allowed.has(name)), `${lang}.json ${key}`).toEqual([]);
      }
    }
  });

  it("Azerbaijani is in Latin script and Russian in Cyrillic (nothing left untranslated)", () => {
    // Texts with no word to translate: symbols, codes, patterns, names of formats and programs.
    const noWords = (text: string) =>
      text
        .replace(/\{[a-z-]+\}/g, "")
        .replace(/\b(AZN|AMD|oz|US\$|JSON|CSV|GeoJSON|SQLite|NO_COLOR|LANG|CLI|API|en|az|ru|--[a-z-]+|shell)\b/g, "")
        .replace(/[^\p{L}]/gu, "") === "";
    for (const [key, text] of Object.entries(MESSAGES.az)) expect(/\p{Script=Cyrillic}/u.test(text), `az.json ${key}: ${text}`).toBe(false);
    for (const [key, text] of Object.entries(MESSAGES.ru)) {
      if (noWords(text)) continue;
      expect(/\p{Script=Cyrillic}/u.test(text), `ru.json ${key}: ${text}`).toBe(true);
    }
  });
});

describe("labels in every language", () => {
  it("every value of every vocabulary has a label in en, az and ru", () => {
    const missing: string[] = [];
    for (const [name, vocabulary] of Object.entries(LABELLED_VOCABULARIES)) {
      for (const value of vocabulary.values) {
        for (const lang of LANGUAGES) {
          const keys = name === "UNIT" ? PLURAL_FORMS[lang].map((form) => `unit.${value}#${form}`) : [`vocab.${name}.${value}`];
          for (const key of keys) if (!MESSAGES[lang][key]) missing.push(`${lang}: ${key}`);
        }
      }
    }
    for (const root of Object.values(FIELDS)) {
      for (const { node } of listFields(root)) {
        if (!/[A-Za-z]/.test(node.label)) continue;
        for (const lang of LANGUAGES) if (MESSAGES[lang][fieldLabelKey(node.label)] === undefined) missing.push(`${lang}: field ${node.label}`);
      }
    }
    for (const row of ENTITY_KIND_TABLE) {
      for (const lang of LANGUAGES) for (const key of [`kind.${row.kind}`, `kind.${row.kind}.plural`]) if (!MESSAGES[lang][key]) missing.push(`${lang}: ${key}`);
    }
    expect(missing).toEqual([]);
  });

  it("labelOf gives English by default and the locale's language when asked", () => {
    expect(labelOf(COMMODITY, "gold")).toBe("Gold");
    expect(labelOf(COMMODITY, "gold", localeOf("en"))).toBe("Gold");
    expect(labelOf(COMMODITY, "gold", az)).toBe("Qızıl");
    expect(labelOf(COMMODITY, "gold", ru)).toBe("Золото");
  });

  it("a status shared by DEPOSIT_STATUS and CURRENT_STATUS reads the same in each language", () => {
    for (const lang of LANGUAGES) {
      for (const value of LABELLED_VOCABULARIES.DEPOSIT_STATUS.values) {
        expect(MESSAGES[lang][`vocab.CURRENT_STATUS.${value}`], `${lang} ${value}`).toBe(MESSAGES[lang][`vocab.DEPOSIT_STATUS.${value}`]);
      }
    }
  });

  it("kinds, countries and languages by name", () => {
    expect(kindLabel("az", "deposit", true)).toBe("Yataqlar");
    expect(fieldLabelIn("az", FIELDS.deposit.fields?.nearestSettlement?.label ?? "")).toBe("Ən yaxın yaşayış məntəqəsi");
    expect(kindLabel("ru", "heritage-site")).toBe("Объект культурного наследия");
    expect(countryNameIn("ru", "ch")).toBe("Швейцария");
    expect(countryNameIn("az", "XX")).toBe("XX");
    expect(languageNameIn("az", "hy-Latn")).toBe("Erməni dili (latın qrafikası)");
    expect(languageNameIn("en", "hy-Latn")).toBe("Armenian (Latin script)");
    expect(t("ru", "web.nav.regions")).toBe("Регионы");
    // A language switch names each language in itself.
    expect(LANGUAGES.map((lang) => t(lang, "common.language-name"))).toEqual(["English", "Azərbaycanca", "Русский"]);
    expect(t("az", "cli.error.nothing-matches", { query: "xyz" })).toBe("'xyz' sorğusuna uyğun heç nə yoxdur");
    expect(tn("ru", "figure.sources", 3)).toBe("3 источника");
    expect(tn("ru", "figure.sources", 11)).toBe("11 источников");
  });

  it("reads the language of a POSIX locale", () => {
    expect(langFromPosix("az_AZ.UTF-8")).toBe("az");
    expect(langFromPosix("ru_RU")).toBe("ru");
    expect(langFromPosix("en_GB.UTF-8")).toBe("en");
    expect(langFromPosix("C.UTF-8")).toBeUndefined();
    expect(langFromPosix(undefined)).toBeUndefined();
  });
});

describe("numbers, figures and dates in Azerbaijani and Russian", () => {
  it("groups thousands with a no-break space and writes a decimal comma", () => {
    expect(formatNumber(60000, { locale: az })).toBe(`60${NBSP}000`);
    expect(formatNumber(1234567.891, { locale: ru })).toBe(`1${NBSP}234${NBSP}567,89`);
    expect(formatNumber(-4500, { locale: ru })).toBe(`−4${NBSP}500`);
    expect(formatNumber(999, { locale: az })).toBe("999");
  });

  it.each<[Qualifier, number, Unit, string, string]>([
    ["more-than", 60000, "person", "60 000-dən çox nəfər", "более 60 000 человек"],
    ["about", 60000, "person", "təxminən 60 000 nəfər", "около 60 000 человек"],
    ["exact", 21, "person", "21 nəfər", "21 человек"],
    ["exact", 22, "school", "22 məktəb", "22 школы"],
    ["exact", 11, "school", "11 məktəb", "11 школ"],
    ["more-than", 21, "km2", "21-dən çox kvadrat kilometr", "более 21 квадратного километра"],
    ["more-than", 30, "village", "30-dan çox kənd", "более 30 сёл"],
    ["up-to", 30, "percent", "30%-ə qədər", "до 30 процентов"],
    ["up-to", 2, "tonne", "2-yə qədər ton", "до 2 тонн"],
    ["up-to", 6, "tonne", "6-ya qədər ton", "до 6 тонн"],
    ["less-than", 100, "library", "100-dən az kitabxana", "менее 100 библиотек"],
    ["at-least", 40, "museum", "ən azı 40 muzey", "не менее 40 музеев"],
    ["exact", 1.5, "km2", "1,5 kvadrat kilometr", "1,5 квадратного километра"],
    ["exact", 2, "troy-ounce", "2 troya unsiyası", "2 тройские унции"],
  ])("%s %d %s", (qualifier, value, unit, azText, ruText) => {
    const figure = { value, qualifier, unit };
    expect(formatFigure(figure, { locale: az }).replace(/\u00a0/g, " ")).toBe(azText);
    expect(formatFigure(figure, { locale: ru }).replace(/\u00a0/g, " ")).toBe(ruText);
  });

  it("writes ranges, open bounds, vague counts, symbols and competing figures", () => {
    expect(formatFigure({ lower: 305, upper: 382, qualifier: "exact", unit: "km2" }, { unit: "symbol", locale: ru })).toBe("305–382 км²");
    expect(formatFigure({ lower: 50, qualifier: "more-than", unit: "person" }, { locale: az })).toBe("50-dən çox nəfər");
    expect(formatFigure({ upper: 90, qualifier: "exact", unit: "person" }, { locale: az })).toBe("90-a qədər nəfər");
    expect(formatFigure({ qualifier: "dozens", unit: "monument" }, { locale: az })).toBe("onlarla abidə");
    expect(formatFigure({ qualifier: "hundreds", unit: "monument" }, { locale: ru })).toBe("сотни памятников");
    expect(formatFigure({ qualifier: "thousands", unit: "person" }, { unit: "none", locale: ru })).toBe("тысячи");
    expect(formatFigure({ value: 5, qualifier: "exact", unit: "usd" }, { unit: "symbol", locale: ru })).toBe("5 $");
    expect(formatFigure({ value: 511, qualifier: "exact", unit: "person" }, { showExact: true, locale: ru })).toBe("ровно 511 человек");
    expect(formatUnit("person", 3, "long", ru)).toBe("человека");
    const cite = (source: string) => [{ source, locator: "p. 1", excerpt: "x" }];
    const figures = [
      { value: 305, qualifier: "exact" as const, unit: "km2" as const, citations: cite("a") },
      { value: 382, qualifier: "exact" as const, unit: "km2" as const, citations: cite("b") },
    ];
    expect(formatCompetingFigures(figures, { unit: "symbol", locale: ru })).toBe("2 источника: 305–382 км²");
    expect(formatCompetingFigures(figures, { unit: "symbol", locale: az })).toBe("2 mənbə: 305–382 km²");
  });

  it("writes dates with month names and the periods' prepositions or suffixes", () => {
    expect(formatDate("1993-04-02", az)).toBe("2 aprel 1993");
    expect(formatDate("1993-04", az)).toBe("aprel 1993");
    expect(formatDate("1993-04-02", ru)).toBe("2 апреля 1993 г.");
    expect(formatDate("1993-04", ru)).toBe("апрель 1993 г.");
    expect(formatDate("1993", ru)).toBe("1993 г.");
    expect(formatPeriod({ start: "1993-04", end: "1994" }, ru)).toBe("апрель 1993 г. – 1994 г.");
    expect(formatPeriod({ start: "1993-04" }, ru)).toBe("с апреля 1993 г.");
    expect(formatPeriod({ end: "1994" }, ru)).toBe("до 1994 г.");
    expect(statisticTitle({ category: "killed", population: "all", observations: [{ asOf: "1993" }] }, { place: "Азербайджан" }, ru)).toBe("Погибшие — Азербайджан, по состоянию на 1993 г.");
    expect(formatPeriod({ start: "1993-04-02" }, az)).toBe("2 aprel 1993-cü ildən");
    expect(formatPeriod({ start: "2020" }, az)).toBe("2020-ci ildən");
    expect(formatPeriod({ end: "1990" }, az)).toBe("1990-cı ilədək");
    expect(formatPeriod({ end: "1999-09" }, az)).toBe("sentyabr 1999-cu ilədək");
  });

  it("agrees with Intl's CLDR dates where this Node has the data (full ICU)", () => {
    const supported = Intl.DateTimeFormat.supportedLocalesOf(["az", "ru"]);
    for (const lang of ["az", "ru"] as const) {
      if (!supported.includes(lang)) continue;
      for (let month = 1; month <= 12; month++) {
        const date = new Date(Date.UTC(1993, month - 1, 2));
        const mm = String(month).padStart(2, "0");
        const day = new Intl.DateTimeFormat(lang, { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).format(date);
        const monthYear = new Intl.DateTimeFormat(lang, { month: "long", year: "numeric", timeZone: "UTC" }).format(date);
        expect(formatDate(`1993-${mm}-02`, localeOf(lang))).toBe(day);
        expect(formatDate(`1993-${mm}`, localeOf(lang))).toBe(monthYear);
      }
    }
  });

  it("counts in Russian by CLDR's plural rules (checked against Intl where it has them)", () => {
    const rules = Intl.PluralRules.supportedLocalesOf(["ru"]).includes("ru") ? new Intl.PluralRules("ru") : undefined;
    for (const n of [0, 1, 2, 4, 5, 11, 12, 14, 21, 22, 25, 101, 111, 1000, 1001, 1.5]) {
      if (rules) expect(pluralForm("ru", n), String(n)).toBe(rules.select(n));
    }
    expect(pluralForm("ru", 21)).toBe("one");
    expect(pluralForm("ru", 12)).toBe("many");
    expect(pluralForm("ru", 1.5)).toBe("other");
  });

  it("titles a statistic in a language", () => {
    const statistic = { category: "missing" as const, population: "military" as const, war: "first-karabakh-war" as const, observations: [{ asOf: "2023-01-01" }] };
    expect(statisticTitle(statistic, { place: "Azərbaycan" }, az)).toBe("İtkin düşənlər, hərbçilər — Azərbaycan, Birinci Qarabağ müharibəsi, 1 yanvar 2023-cü il tarixinə");
    expect(statisticTitle(statistic, { place: "Азербайджан" }, ru)).toBe("Пропавшие без вести, военнослужащие — Азербайджан, Первая карабахская война, по состоянию на 1 января 2023 г.");
    expect(statisticTitle(statistic, { place: "Azerbaijan" })).toBe("Missing, military — Azerbaijan, First Karabakh War, as of 1 January 2023");
  });

  it("titles a statistic counted for an event with the event's title in the language", () => {
    const event = { title: "Khojaly massacre", titles: { az: "Xocalı qətliamı", ru: "Ходжалинская резня" } };
    const statistic = { category: "killed" as const, population: "civilians" as const, observations: [{ asOf: "1992" }, { asOf: "2023" }] };
    expect(statisticTitle(statistic, { place: "Xocalı", event: titleInLanguage(event, "az") }, az)).toBe("Həlak olanlar, mülki şəxslər — Xocalı, Xocalı qətliamı");
    expect(statisticTitle(statistic, { place: "Ходжалы", event: titleInLanguage(event, "ru") }, ru)).toBe("Погибшие, мирные жители — Ходжалы, Ходжалинская резня");
    expect(statisticTitle(statistic, { place: "Khojaly", event: titleInLanguage(event, "en") })).toBe("Killed, civilians — Khojaly, Khojaly massacre");
    expect(statisticWhen({ ...statistic, observations: [{ asOf: "1992" }] }, { event: titleInLanguage(event, "az") }, az)).toBe("Xocalı qətliamı, 1992-ci il tarixinə");
    // Without a title in the language there is none: the caller shows the English one, marked as English.
    expect(titleInLanguage({ title: "Khojaly massacre", titles: { az: "Xocalı qətliamı" } }, "ru")).toBeUndefined();
    expect(titleInLanguage({ title: "Khojaly massacre" }, "az")).toBeUndefined();
  });

  it("titles a statistic with a subset with the subset in the language", () => {
    const statistic = { category: "children-lost-parents" as const, population: "children" as const, subset: "both parents", subsetIn: { az: "hər iki valideyn", ru: "оба родителя" }, observations: [{ asOf: "1992" }] };
    expect(statisticWhat(statistic, az)).toBe("Valideynini itirmiş uşaqlar, uşaqlar (hər iki valideyn)");
    expect(statisticTitle(statistic, { place: "Ходжалы" }, ru)).toBe("Дети, потерявшие родителя, дети (оба родителя) — Ходжалы, по состоянию на 1992 г.");
    expect(statisticTitle(statistic, { place: "Khojaly" })).toBe("Children who lost a parent, children (both parents) — Khojaly, as of 1992");
    expect(subsetInLanguage(statistic, "az")).toBe("hər iki valideyn");
    expect(subsetInLanguage(statistic, "en")).toBe("both parents");
    // Without a translation the English words stand (the data package's validator asks for one); without a subset there is none.
    expect(statisticWhat({ ...statistic, subsetIn: { az: "hər iki valideyn" } }, ru)).toBe("Дети, потерявшие родителя, дети (both parents)");
    expect(subsetInLanguage({ subset: "both parents" }, "ru")).toBeUndefined();
    expect(subsetInLanguage({ subsetIn: { az: "hər iki valideyn" } }, "az")).toBeUndefined();
  });
});

describe("English stays as it was", () => {
  it("a formatter passed to map (its index as second argument) writes English", () => {
    expect(["1993-04-02", "1994"].map(formatDate)).toEqual(["2 April 1993", "1994"]);
    expect([{ start: "1993" }].map(formatPeriod)).toEqual(["since 1993"]);
  });

  it("an English locale changes nothing", () => {
    const en = localeOf("en");
    expect(formatFigure({ value: 70000, qualifier: "more-than", unit: "person" }, { locale: en })).toBe("more than 70,000 people");
    expect(formatDate("1993-04-02", en)).toBe("2 April 1993");
    expect(formatPeriod({ start: "1993-04" }, en)).toBe("since April 1993");
  });

  it("en.json's patterns, filled by the formatter, write what the English formatter writes", () => {
    const en = localeOf("en");
    const qualifiers = QUALIFIER.values.filter((q) => q !== "dozens" && q !== "hundreds" && q !== "thousands");
    const shapes = [{ value: 0 }, { value: 1 }, { value: 2 }, { value: 1.5 }, { value: 70000 }, { lower: 305, upper: 382 }, { lower: 10 }, { upper: 90 }, {}];
    let compared = 0;
    for (const unit of UNIT.values) {
      for (const qualifier of qualifiers) {
        for (const shape of shapes) {
          for (const style of ["long", "symbol", "none"] as const) {
            for (const showExact of qualifier === "exact" ? [false, true] : [false]) {
              const figure = { ...shape, qualifier, unit };
              expect(localeFigure(en, figure, style, showExact), JSON.stringify({ figure, style, showExact })).toBe(formatFigure(figure, { unit: style, showExact }));
              compared++;
            }
          }
        }
      }
      for (const qualifier of ["dozens", "hundreds", "thousands"] as const) {
        for (const style of ["long", "symbol", "none"] as const) expect(localeFigure(en, { qualifier, unit }, style, false)).toBe(formatFigure({ qualifier, unit }, { unit: style }));
      }
    }
    expect(compared).toBeGreaterThan(4000);
  }, 30_000);
});

describe("where a citation sits, in a language", () => {
  it("names each field by its label and keeps a list's place; English is citedFieldLabel's words", () => {
    expect(citedFieldLabelIn("az", "observations[0].citations[1]", "Qeydin özü")).toBe("Müşahidələr 1");
    expect(citedFieldLabelIn("ru", "nearestSettlementCitations[0]", "Сама запись")).toBe("Ближайший населённый пункт");
    expect(citedFieldLabelIn("ru", "citations[0]", "Сама запись")).toBe("Сама запись");
    for (const path of ["observations[0].citations[1]", "commodityCitations[0]", "regions[2].citations[0]", "citations[0]"]) {
      expect(citedFieldLabelIn("en", path, "ignored")).toBe(citedFieldLabel(path));
    }
  });
});
