import { describe, expect, it } from '@jest/globals';
import { dutchPublicHolidays, easterSunday } from './dutch-holidays.js';
import { addWorkingDays, dutchDate, isWorkingDay } from './working-days.js';

describe('Easter and the Dutch public holidays', () => {
  it.each([
    [2024, '2024-03-31'],
    [2025, '2025-04-20'],
    [2026, '2026-04-05'],
    [2027, '2027-03-28'],
    [2028, '2028-04-16'],
    [2038, '2038-04-25'],
  ])('Easter %i is on %s', (year, date) => {
    expect(easterSunday(year)).toBe(date);
  });

  it('lists the holidays of 2026 (Easter Monday, Ascension and Whit Monday follow Easter)', () => {
    expect([...dutchPublicHolidays(2026)].sort()).toEqual([
      '2026-01-01',
      '2026-04-06',
      '2026-04-27',
      '2026-05-05',
      '2026-05-14',
      '2026-05-25',
      '2026-12-25',
      '2026-12-26',
    ]);
  });

  it('moves King’s Day to the 26th when the 27th is a Sunday (2025, 2031)', () => {
    expect(dutchPublicHolidays(2025).has('2025-04-26')).toBe(true);
    expect(dutchPublicHolidays(2025).has('2025-04-27')).toBe(false);
    expect(dutchPublicHolidays(2031).has('2031-04-26')).toBe(true);
  });
});

describe('working days', () => {
  it('skips weekends and holidays', () => {
    expect(isWorkingDay('2026-11-28')).toBe(false); // Saturday
    expect(isWorkingDay('2026-11-30')).toBe(true); // Monday
    expect(isWorkingDay('2027-05-06')).toBe(false); // Ascension 2027
    expect(isWorkingDay('2028-06-05')).toBe(false); // Whit Monday 2028
  });

  it('counts from the day after the start', () => {
    expect(addWorkingDays('2026-11-27', 1)).toBe('2026-11-30'); // Friday + 1 → Monday
    expect(addWorkingDays('2026-11-30', 5)).toBe('2026-12-07');
    expect(addWorkingDays('2026-11-30', 0)).toBe('2026-11-30');
  });

  it('spans Christmas and New Year', () => {
    // 2026-12-22 (Tue): 23, 24 working; 25, 26 holidays; 27 Sun; 28–31 working; 1 Jan holiday; 2–3 weekend; 4 Jan working.
    expect(addWorkingDays('2026-12-22', 7)).toBe('2027-01-04');
  });

  it('spans Easter Monday, King’s Day and Liberation Day in one deadline', () => {
    // 2026: Easter Monday 6 Apr, King's Day 27 Apr, Liberation Day 5 May.
    expect(addWorkingDays('2026-04-02', 15)).toBe('2026-04-24');
    expect(addWorkingDays('2026-04-24', 5)).toBe('2026-05-04');
    expect(addWorkingDays('2026-05-04', 1)).toBe('2026-05-06');
  });

  it('uses the Dutch calendar date of an instant', () => {
    expect(dutchDate(new Date('2026-06-30T22:30:00Z'))).toBe('2026-07-01');
    expect(dutchDate(new Date('2026-12-31T22:59:00Z'))).toBe('2026-12-31');
  });

  it('refuses negative or fractional day counts', () => {
    expect(() => addWorkingDays('2026-01-05', -1)).toThrow(RangeError);
    expect(() => addWorkingDays('2026-01-05', 1.5)).toThrow(RangeError);
  });
});
