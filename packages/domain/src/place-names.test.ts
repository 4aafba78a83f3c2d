import { describe, expect, test } from "vitest";
import { distinctPlaceNames, shortPlaceName } from "./place-names.js";

describe("shortPlaceName", () => {
  test("drops the kind of place from an English name, and (former)", () => {
    expect(shortPlaceName("Kalbajar District", true)).toBe("Kalbajar");
    expect(shortPlaceName("Shusha City", true)).toBe("Shusha");
    expect(shortPlaceName("Nagorno-Karabakh Autonomous Oblast (former)", true)).toBe("Nagorno-Karabakh Autonomous Oblast");
    expect(shortPlaceName("Shahumyan District (former)", true)).toBe("Shahumyan");
  });
  test("drops rayonu and şəhəri, город, and район after a Russian district's adjective", () => {
    expect(shortPlaceName("Kəlbəcər rayonu", false)).toBe("Kəlbəcər");
    expect(shortPlaceName("Şuşa şəhəri", false)).toBe("Şuşa");
    expect(shortPlaceName("город Шуша", false)).toBe("Шуша");
    expect(shortPlaceName("Лачинский район", false)).toBe("Лачинский");
    expect(shortPlaceName("Шушинский район", false)).toBe("Шушинский");
    expect(shortPlaceName("Агдеринский район (бывший)", false)).toBe("Агдеринский");
  });
  test("an English-looking ending is kept in a name that is not the English one", () => {
    expect(shortPlaceName("Kalbajar District", false)).toBe("Kalbajar District");
  });
});

describe("distinctPlaceNames", () => {
  const names = (en: string) => ({ short: shortPlaceName(en, true), full: en });
  test("short names where they differ", () => {
    expect(distinctPlaceNames(["Kalbajar District", "Lachin District", "Khankendi City"], names)).toEqual(["Kalbajar", "Lachin", "Khankendi"]);
  });
  test("a city and its district that share a short name are both named in full; the others stay short", () => {
    expect(distinctPlaceNames(["Shusha District", "Kalbajar District", "Shusha City"], names)).toEqual(["Shusha District", "Kalbajar", "Shusha City"]);
  });
  test("no places, no names", () => {
    expect(distinctPlaceNames([], names)).toEqual([]);
  });
});
