const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** True when `value` is `YYYY`, `YYYY-MM` or `YYYY-MM-DD` naming a real calendar day. */
export function isPartialDate(value: string): boolean {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (!match) return false;
  const year = Number(match[1]);
  if (match[2] === undefined) return true;
  const month = Number(match[2]);
  if (month < 1 || month > 12) return false;
  if (match[3] === undefined) return true;
  const day = Number(match[3]);
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const max = month === 2 && !leap ? 28 : (DAYS_IN_MONTH[month - 1] ?? 31);
  return day >= 1 && day <= max;
}

/** Why a string is not a partial date. */
export const PARTIAL_DATE_MESSAGE = "expected a date as YYYY, YYYY-MM or YYYY-MM-DD naming a real day";

/** The years a record may write as a bare number (`asOf: 2003`): a number outside is a mistake, not a year. */
export const BARE_YEAR_MIN = 1000;
export const BARE_YEAR_MAX = 2100;

/** Why a number is not a year a record may write bare. */
export const BARE_YEAR_MESSAGE = `a number here must be a year from ${BARE_YEAR_MIN} to ${BARE_YEAR_MAX} (e.g. 2003); write any other date in quotes as YYYY, YYYY-MM or YYYY-MM-DD, e.g. "2003-04"`;
