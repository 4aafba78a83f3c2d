/**
 * Names of places cut short for a map, where they label a district's shape or a key lists them:
 * the web's map and the terminal's draw the same names by the same rules.
 */

/**
 * A region's name for a map label: "Kalbajar District" → "Kalbajar", "Shusha City" → "Shusha",
 * "Kəlbəcər rayonu" → "Kəlbəcər", "город Шуша" → "Шуша", "Лачинский район" → "Лачинский" (a
 * district's label on a Russian map, as Russian maps write it; the town is "Лачин"), and a former
 * district's "(бывший)" goes as English's "(former)" does. `english` says that `name` is the
 * English name (the one shown when the reader's language has none).
 */
export function shortPlaceName(name: string, english: boolean): string {
  if (english) return name.replace(/ (District|City)( \(former\))?$/, "").replace(/ \(former\)$/, "");
  return name.replace(/ (rayonu|şəhəri)$/, "").replace(/^город /, "").replace(/ район( \(бывший\))?$/, "");
}

/**
 * The names of places shown together (one map's labels, one line of a key): each its short name,
 * unless two share it — a city and the district around it, "Shusha" and "Shusha" — when those are
 * named in full ("Shusha City", "Shusha District"). Returns the names in the order of `places`.
 */
export function distinctPlaceNames<T>(places: readonly T[], names: (place: T) => { short: string; full: string }): string[] {
  const all = places.map(names);
  const count = new Map<string, number>();
  for (const { short } of all) count.set(short, (count.get(short) ?? 0) + 1);
  return all.map(({ short, full }) => ((count.get(short) ?? 0) > 1 ? full : short));
}
