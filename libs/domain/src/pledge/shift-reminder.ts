/** A volunteer with an active pledge on a shift is reminded once, during the 24 hours before it starts. */
export const SHIFT_REMINDER_LEAD_HOURS = 24;

/** The shifts to remind people of at `now`: those starting after `now` and at most 24 hours later. */
export function shiftReminderWindow(now: Date): { readonly after: Date; readonly until: Date } {
  return { after: now, until: new Date(now.getTime() + SHIFT_REMINDER_LEAD_HOURS * 3_600_000) };
}

/** Day and time of a shift as volunteers read it (Dutch time), e.g. "zaterdag 13 juni om 09:00". */
export function shiftStartText(startsAt: Date, language: 'nl' | 'en'): string {
  const format = (options: Intl.DateTimeFormatOptions): string =>
    new Intl.DateTimeFormat(language === 'nl' ? 'nl-NL' : 'en-GB', { timeZone: 'Europe/Amsterdam', ...options }).format(startsAt);
  const day = format({ weekday: 'long', day: 'numeric', month: 'long' });
  const time = format({ hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
  return language === 'nl' ? `${day} om ${time}` : `${day} at ${time}`;
}
