/**
 * The CLI in Azerbaijani and Russian as a process: `--lang`, the POSIX locale variables and their
 * precedence, a bad `--lang`, help and errors translated, the data output (`--json`, CSV) the same
 * in every language, and the interactive browser in a real terminal (tmux, 80×24) in Azerbaijani.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { afterAll, describe, expect, it } from "vitest";
import { dataset } from "@karabakh-atlas/data";
import { BIN, cli } from "./bin.js";

const noStack = (text: string) => {
  expect(text).not.toMatch(/\n\s+at .+:\d+:\d+/);
  expect(text).not.toContain("Error:");
};

describe("--lang and the locale", () => {
  it("karabakh-atlas --lang az show kalbajar prints Azerbaijani labels, dates and figures", () => {
    const r = cli(["--lang", "az", "show", "kalbajar"]);
    expect(r.code).toBe(0);
    const [title, meta] = r.stdout.split("\n");
    // The name in the chosen language first, the others beside it.
    expect(title).toBe("Kəlbəcər rayonu");
    expect(meta).toContain("Kalbajar District");
    for (const label of ["Sahə: ", "Əhali: ", "Nəzarət: işğal: 2 aprel 1993", "Bu regiondakı yataqlar (", "Statistika ("]) expect(r.stdout).toContain(label);
    // Numbers grouped as Azerbaijani writes them, units in Azerbaijani.
    expect(r.stdout).toContain("60\u00a0000 nəfər");
    // The atlas's own English text is said once to be untranslated.
    expect(r.stdout.match(/hələ tərcümə olunmayıb/g)).toHaveLength(1);
    expect(r.stdout).not.toMatch(/^(Area|Population|Control|Statistics|Deposits in this region)\b/m);
  });

  it("a statistic counted for an event is titled with the event's title in the language; an event is named by it", () => {
    // The English titles of the events statistics are counted for: none may stand in an az or ru statistic title.
    const named = new Set(dataset.statistics.flatMap((s) => (s.event ? [s.event] : [])));
    const english = dataset.events.filter((e) => named.has(e.id)).map((e) => e.title);
    expect(english).toEqual(expect.arrayContaining(["Second Karabakh War", "Khojaly massacre"]));
    const az = cli(["--lang", "az", "show", "khojaly-killed-1992"]);
    expect(az.code).toBe(0);
    expect(az.stdout.split("\n")[0]).toBe("Həlak olanlar — Xocalı, Xocalı qətliamı");
    expect(az.stdout).toContain("Hadisə: Xocalı qətliamı (khojaly-massacre-1992)");
    // Every statistic's title, in full, in `stats`.
    for (const [lang, khojaly, war] of [
      ["az", "Xocalı qətliamı", "İkinci Qarabağ müharibəsi"],
      ["ru", "Ходжалинская резня", "Вторая карабахская война"],
    ] as const) {
      const stats = cli(["--lang", lang, "stats"]);
      expect(stats.code).toBe(0);
      expect(stats.stdout).toContain(`, ${khojaly}\n`);
      expect(stats.stdout).toContain(war);
      expect(english.filter((title) => stats.stdout.includes(title)), `--lang ${lang} stats`).toEqual([]);
    }
    // An event's own title where it has one in the language; English where it has none.
    const events = cli(["--lang", "az", "list", "events", "--from", "1992", "--to", "1992"]);
    expect(events.stdout).toMatch(/^khojaly-massacre-1992 +1992-02-26 +Xocalı qətliamı$/m);
    expect(events.stdout).toMatch(/^lachin-occupation-1992 +1992-05-18 +Occupation of Lachin District$/m);
    expect(cli(["--lang", "ru", "show", "khojaly-massacre-1992"]).stdout.split("\n")[0]).toBe("Ходжалинская резня");
    // English as it was.
    expect(cli(["show", "khojaly-killed-1992"]).stdout.split("\n")[0]).toBe("Killed — Khojaly, Khojaly massacre");
    expect(cli(["stats"]).stdout).toContain("Killed — Khojaly, Khojaly massacre\n");
  });

  it("a statistic's subset is in the language in its title; the untranslated note no longer counts every event title", () => {
    // The English subsets: none may stand in the parentheses of an az or ru statistic title.
    const subsets = [...new Set(dataset.statistics.flatMap((s) => (s.subset ? [s.subset] : [])))];
    expect(subsets).toEqual(expect.arrayContaining(["both parents", "gold", "with confirmed reserves"]));
    for (const [lang, orphans] of [
      ["az", "Valideynini itirmiş uşaqlar, uşaqlar (hər iki valideyn) — Xocalı, Xocalı qətliamı"],
      ["ru", "Дети, потерявшие родителя, дети (оба родителя) — Ходжалы, Ходжалинская резня"],
    ] as const) {
      const show = cli(["--lang", lang, "show", "khojaly-children-lost-both-parents-1992"]);
      expect(show.code).toBe(0);
      expect(show.stdout.split("\n")[0]).toBe(orphans);
      const stats = cli(["--lang", lang, "stats"]);
      expect(stats.code).toBe(0);
      expect(subsets.filter((subset) => stats.stdout.includes(`(${subset})`)), `--lang ${lang} stats`).toEqual([]);
    }
    expect(cli(["--lang", "az", "show", "khojaly-children-lost-both-parents-1992"]).stdout).toContain("(təsvirlər, qeydlər, hadisələrin əksəriyyətinin adları)");
    // English as it was.
    expect(cli(["show", "khojaly-children-lost-both-parents-1992"]).stdout.split("\n")[0]).toBe("Children who lost a parent, children (both parents) — Khojaly, Khojaly massacre");
    expect(cli(["stats"]).stdout).toContain("Deposits counted (gold) — ");
  });

  it("--lang=ru after the command, and `show` of a deposit, in Russian", () => {
    const r = cli(["show", "gyzylbulag", "--lang=ru"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Полезные ископаемые: медь, золото");
    expect(r.stdout).toContain("Примечание: тексты, написанные самим атласом");
    // Excerpts stay in their source's language, in quotation marks.
    expect(r.stdout).toContain("“Gyzybulag underground copper-gold mine");
  });

  it("takes the language from LANG=ru_RU.UTF-8, with LC_ALL before LC_MESSAGES before LANG", () => {
    const ru = cli(["list", "deposits"], { LANG: "ru_RU.UTF-8" });
    expect(ru.code).toBe(0);
    expect(ru.stdout.split("\n")[0]).toMatch(/^ID +НАЗВАНИЕ +РАЙОН +ПОЛЕЗНЫЕ ИСКОПАЕМЫЕ +СТАТУС/);
    expect(cli(["show", "kalbajar"], { LANG: "ru_RU.UTF-8" }).stdout).toContain("Площадь: ");
    expect(cli(["show", "kalbajar"], { LANG: "ru_RU.UTF-8", LC_MESSAGES: "az_AZ.UTF-8" }).stdout).toContain("Sahə: ");
    expect(cli(["show", "kalbajar"], { LANG: "ru_RU.UTF-8", LC_MESSAGES: "az_AZ.UTF-8", LC_ALL: "C" }).stdout).toContain("Area: ");
    // An empty variable is not set; a language the atlas lacks is English.
    expect(cli(["show", "kalbajar"], { LANG: "ru_RU.UTF-8", LC_ALL: "" }).stdout).toContain("Площадь: ");
    expect(cli(["show", "kalbajar"], { LANG: "de_DE.UTF-8" }).stdout).toContain("Area: ");
    // --lang wins over the environment.
    expect(cli(["--lang", "en", "show", "kalbajar"], { LC_ALL: "az_AZ.UTF-8" }).stdout).toContain("Area: ");
  });

  it("a bad --lang is a usage error (exit 2) naming the languages, with a suggestion, in one sentence", () => {
    for (const args of [["--lang", "xx", "show", "kalbajar"], ["--lang=xx"], ["list", "deposits", "--lang", "xx"], ["--lang", "xx", "--help"]]) {
      const r = cli(args);
      expect(r.code, args.join(" ")).toBe(2);
      expect(r.stdout).toBe("");
      expect(r.stderr).toMatch(/^karabakh-atlas: --lang: 'xx' is not a language of the atlas; expected one of: en, az, ru \(or leave --lang out to take the language from LC_ALL, LC_MESSAGES or LANG\)\n/);
      noStack(r.stderr);
    }
    expect(cli(["--lang", "russian", "show", "kalbajar"]).stderr).toContain("— did you mean 'ru'?");
    expect(cli(["--lang", "az_AZ.UTF-8", "show", "kalbajar"]).stderr).toContain("— did you mean 'az'?");
    // Said in the environment's language.
    const az = cli(["--lang", "xx", "show", "kalbajar"], { LANG: "az_AZ.UTF-8" });
    expect(az.code).toBe(2);
    expect(az.stderr).toContain("atlasın dillərindən deyil");
  });

  it("help, usage errors and not-found errors are translated, exit codes unchanged", () => {
    const help = cli(["--lang", "ru", "--help"]);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Использование: karabakh-atlas \[команда\] \[параметры\]/);
    expect(help.stdout).toMatch(/Коды выхода:[\s\S]*0 +успех[\s\S]*2 +ошибка использования/);
    const show = cli(["--lang", "az", "show", "--help"]);
    expect(show.stdout).toContain("Nümunələr:");
    expect(show.stdout).toContain("Ümumi parametrlər:");
    const option = cli(["--lang", "az", "list", "deposits", "--bogus"]);
    expect(option.code).toBe(2);
    expect(option.stderr).toMatch(/^karabakh-atlas: naməlum parametr '--bogus'/);
    const value = cli(["--lang", "ru", "list", "deposits", "--commodity", "gld"]);
    expect(value.code).toBe(2);
    expect(value.stderr).toContain("--commodity: значение 'gld' недопустимо — возможно, 'gold'?");
    expect(value.stderr).toContain("(справка: 'karabakh-atlas list --help')");
    const missing = cli(["--lang", "az", "show", "gyzilbulag"]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toBe("karabakh-atlas: yataq tapılmadı: 'gyzilbulag' — 'gyzylbulag' nəzərdə tutulub?\n");
    for (const r of [option, value, missing]) noStack(r.stderr);
  });

  it("--json and CSV are the same bytes in every language", () => {
    const cases = [
      ["list", "deposits", "--json"],
      ["list", "deposits", "--sort", "name", "--json"],
      ["show", "kalbajar", "--json"],
      ["search", "qizilbulaq", "--json"],
      ["map", "kalbajar", "--json"],
      ["list", "deposits", "--csv"],
      ["stats", "--region", "kalbajar", "--csv"],
      ["sources", "seed-un-letter-2018-04-17-kalbajar", "--csv"],
    ];
    for (const args of cases) {
      const en = cli(args);
      expect(en.code, args.join(" ")).toBe(0);
      expect(en.stdout.length).toBeGreaterThan(10);
      for (const lang of ["az", "ru"]) expect(cli(["--lang", lang, ...args]).stdout, `${lang}: ${args.join(" ")}`).toBe(en.stdout);
    }
    // The same from the environment's language.
    for (const args of [cases[0]!, cases[5]!]) expect(cli(args, { LANG: "ru_RU.UTF-8" }).stdout, `LANG ru: ${args.join(" ")}`).toBe(cli(args).stdout);
  }, 120_000);

  it("stats and the map's key in Azerbaijani", () => {
    const stats = cli(["--lang", "az", "stats", "--category", "deposits-counted"]);
    expect(stats.code).toBe(0);
    expect(stats.stdout).toMatch(/^Müqayisə: Sayılmış yataqlar .*sütunlar eyni miqyasda\)$/m);
    expect(stats.stdout).toMatch(/^ +█+[▏▎▍▌▋▊▉]? 34 yataq$/m);
    const map = cli(["--lang", "az", "map"]);
    expect(map.code).toBe(0);
    expect(map.stdout.split("\n")[0]).toBe("2020 və 2023-cü illərdə qaytarılan rayonlar");
    expect(map.stdout).toContain("Yataqlar: ");
    expect(map.stdout).toContain("Kəlbəcər");
    expect(cli(["--lang", "az", "map", "kalbajar"]).stdout.split("\n")[0]).toBe("Kəlbəcər rayonu");
  });

  it("stats and the map's key in Russian: the comparison's title from the vocabulary, the districts by their Russian names", () => {
    const stats = cli(["--lang", "ru", "stats", "--category", "deposits-counted"]);
    expect(stats.code).toBe(0);
    expect(stats.stdout).toMatch(/^Сравнение: Учтённые месторождения .*по состоянию на 1993 г\. \(месторождений, столбцы в одном масштабе\)$/m);
    expect(stats.stdout).not.toMatch(/Compared|Deposits counted|as of/);
    const map = cli(["--lang", "ru", "map"]);
    expect(map.code).toBe(0);
    expect(map.stdout.split("\n")[0]).toBe("Районы, возвращённые в 2020 и 2023 годах");
    // A district by its adjective, as Russian maps label districts (the domain's shortPlaceName).
    expect(map.stdout).toMatch(/^Возвращён в 2020 г\. по заявлению от 10 ноября: Агдамский, .*Лачинский$/m);
  });
});

/** A private tmux server, so the test never touches the user's own sessions. */
const SOCKET = `karabakh-atlas-lang-test-${process.pid}`;
const tmux = (...args: string[]) => execFileSync("tmux", ["-L", SOCKET, ...args], { encoding: "utf8" });

afterAll(() => {
  spawnSync("tmux", ["-L", SOCKET, "kill-server"]);
});

async function waitFor(session: string, test: (screen: string) => boolean, timeoutMs = 15_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  let last = "";
  while (Date.now() < deadline) {
    last = tmux("capture-pane", "-p", "-t", session);
    if (test(last)) return last;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`timed out; the screen was:\n${last}`);
}

describe("the browser in Azerbaijani in a real terminal (tmux, 80×24)", () => {
  it("draws its tabs, headings, key hints and the record's lines in Azerbaijani, and fits", async () => {
    const version = spawnSync("tmux", ["-V"], { encoding: "utf8" });
    if (version.error || version.status !== 0) throw new Error("tmux is required for the interactive CLI test: install it (apt-get install tmux)");
    tmux("new-session", "-d", "-s", "az", "-x", "80", "-y", "24", "-e", "NO_COLOR=1", "-e", "LC_ALL=", "-e", "LANG=az_AZ.UTF-8", process.execPath, BIN);
    const first = await waitFor("az", (s) => s.includes("q çıx"));
    expect(first).toContain("[Regionlar]");
    expect(first).toContain("Yataqlar");
    expect(first).not.toContain("Regions");
    for (const row of first.split("\n")) expect(row.length, row).toBeLessThanOrEqual(80);
    // The keys, until one is taken (Ink turns on raw mode after the first frame).
    let keys = "";
    for (let i = 0; i < 20 && !keys; i++) {
      tmux("send-keys", "-t", "az", "?");
      keys = await waitFor("az", (s) => s.includes("Düymələr"), 500).catch(() => "");
    }
    expect(keys).toContain("Bağlamaq");
    expect(keys).toContain("çıx");
    tmux("send-keys", "-t", "az", "Escape");
    await waitFor("az", (s) => !s.includes("Düymələr"));
    // A region's detail: its headings in Azerbaijani.
    tmux("send-keys", "-t", "az", "/");
    tmux("send-keys", "-t", "az", "-l", "kalbajar");
    await waitFor("az", (s) => s.includes("süzgəc: kalbajar") && /^ Kəlbəcər rayonu/m.test(s));
    tmux("send-keys", "-t", "az", "Enter");
    tmux("send-keys", "-t", "az", "j");
    const filtered = await waitFor("az", (s) => /^›Kəlbəcər rayonu/m.test(s));
    expect(filtered).toContain("süzgəc: kalbajar");
    expect(filtered).toMatch(/│\s+Kəlbəcər rayonu/);
    expect(filtered).toMatch(/│\s+Sahə: /);
  }, 60_000);
});
