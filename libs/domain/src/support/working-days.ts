import { addCalendarDays, dutchPublicHolidays, type IsoDate } from './dutch-holidays.js';

const holidayCache = new Map<number, ReadonlySet<IsoDate>>();

export function isWorkingDay(date: IsoDate): boolean {
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
  if (weekday === 0 || weekday === 6) {
    return false;
  }
  const year = Number(date.slice(0, 4));
  let holidays = holidayCache.get(year);
  if (!holidays) {
    holidays = dutchPublicHolidays(year);
    holidayCache.set(year, holidays);
  }
  return !holidays.has(date);
}

/** The date `n` working days after `start` (start itself does not count): the due date of an answer. */
export function addWorkingDays(start: IsoDate, n: number): IsoDate {
  if (!Number.isInteger(n) || n < 0) {
    throw new RangeError('n must be a whole number of days, 0 or more');
  }
  let date = start;
  let left = n;
  while (left > 0) {
    date = addCalendarDays(date, 1);
    if (isWorkingDay(date)) {
      left--;
    }
  }
  return date;
}

/** The calendar date in the Netherlands of an instant (deadlines are Dutch office days). */
export function dutchDate(instant: Date): IsoDate {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' }).format(
    instant,
  );
}
