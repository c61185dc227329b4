/** Calendar arithmetic on `YYYY-MM-DD` strings, in UTC so that time zones never shift a day. */

export function addDays(date: string, days: number): string {
  const day = dayOfAnyYear(date);
  if (day === undefined) {
    const d = new Date(`${date}T00:00:00Z`);
    d.setUTCDate(d.getUTCDate() + days);
    // What is no date has no day after it, and no run may fail on it.
    return Number.isNaN(d.getTime()) ? date : d.toISOString().slice(0, 10);
  }
  // Integer arithmetic rather than Date: conflict detection runs this for every registration.
  return civil(day + days);
}

/**
 * `dayOf` for a year of four digits or more, which Date cannot read: a year past 9999 is
 * still counted on, since the deadline of a registration dated 9999-12-31 lies there.
 */
export function dayOfAnyYear(date: string): number | undefined {
  const m = /^(\d{4,})-(\d{2})-(\d{2})$/.exec(date);
  return m ? dayNumber(Number(m[1]), Number(m[2]), Number(m[3])) : undefined;
}

/** Days since 1970-01-01 of a `YYYY-MM-DD` date; `undefined` for anything else. */
export function dayOf(date: string): number | undefined {
  // `YYYY-MM-DD` is ten characters; a longer year is one Date cannot read.
  return date.length === 10 ? dayOfAnyYear(date) : undefined;
}

export function daysBetween(from: string, to: string): number {
  const ms = Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`);
  return Math.round(ms / 86_400_000);
}

/** Days since 1970-01-01 of a proleptic Gregorian date; days past a month's end roll over. */
function dayNumber(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

/** The `YYYY-MM-DD` date of a day number (days since 1970-01-01). */
export function dateOfDay(days: number): string {
  return civil(days);
}

function civil(days: number): string {
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const leap = Math.floor(doe / 1460) - Math.floor(doe / 36_524) + Math.floor(doe / 146_096);
  const yoe = Math.floor((doe - leap) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  const pad = (n: number, width: number): string => String(n).padStart(width, '0');
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}
