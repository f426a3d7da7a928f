/** A calendar date without time or zone: 'YYYY-MM-DD'. */
export type IsoDate = string;

function iso(year: number, month: number, day: number): IsoDate {
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function shift(date: IsoDate, days: number): IsoDate {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Easter Sunday (Gregorian calendar; the anonymous "Meeus/Jones/Butcher" algorithm). */
export function easterSunday(year: number): IsoDate {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return iso(year, month, day);
}

/**
 * Days a Dutch municipality is closed: the national holidays (Nieuwjaarsdag, Tweede Paasdag,
 * Koningsdag — the 26th when the 27th of April is a Sunday —, Bevrijdingsdag, Hemelvaartsdag,
 * Tweede Pinksterdag, Eerste en Tweede Kerstdag). Sundays-only holidays (Eerste Paas- and
 * Pinksterdag) fall on weekends anyway. Bevrijdingsdag counts every year, as for civil servants.
 */
export function dutchPublicHolidays(year: number): ReadonlySet<IsoDate> {
  const easter = easterSunday(year);
  const kingsDay = new Date(Date.UTC(year, 3, 27)).getUTCDay() === 0 ? iso(year, 4, 26) : iso(year, 4, 27);
  return new Set([
    iso(year, 1, 1),
    shift(easter, 1),
    kingsDay,
    iso(year, 5, 5),
    shift(easter, 39),
    shift(easter, 50),
    iso(year, 12, 25),
    iso(year, 12, 26),
  ]);
}

export { shift as addCalendarDays };
