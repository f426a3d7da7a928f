import { describe, expect, it } from '@jest/globals';
import { matchAmount } from './matching.js';
import { shiftsOverlap } from './shift-overlap.js';
import { shiftReminderWindow, shiftStartText } from './shift-reminder.js';

const at = (hhmm: string): Date => new Date(`2026-06-13T${hhmm}:00+02:00`);

describe('shiftsOverlap', () => {
  it.each([
    ['09:00', '12:00', '11:00', '13:00', true],
    ['09:00', '12:00', '12:00', '13:00', false],
    ['09:00', '17:00', '10:00', '11:00', true],
    ['10:00', '11:00', '09:00', '17:00', true],
    ['09:00', '10:00', '10:30', '11:00', false],
  ])('%s–%s and %s–%s overlap: %s', (a1, a2, b1, b2, expected) => {
    const a = { startsAt: at(a1), endsAt: at(a2) };
    const b = { startsAt: at(b1), endsAt: at(b2) };
    expect(shiftsOverlap(a, b)).toBe(expected);
    expect(shiftsOverlap(b, a)).toBe(expected);
  });
});

describe('matchAmount', () => {
  const rules = { moneyRatio: 1, hourlyRateCents: 1500, capPerInitiativeCents: 50_000 };

  it('matches money one to one and hours at the hourly rate', () => {
    expect(matchAmount({ kind: 'money', cents: 2_500 }, rules, 0, 1_000_000)).toBe(2_500);
    expect(matchAmount({ kind: 'hours', hours: 3.5 }, rules, 0, 1_000_000)).toBe(5_250);
    expect(matchAmount({ kind: 'money', cents: 1_000 }, { ...rules, moneyRatio: 0.5 }, 0, 1_000_000)).toBe(500);
  });

  it('never goes over the cap per initiative or the budget left, and never below zero', () => {
    expect(matchAmount({ kind: 'money', cents: 10_000 }, rules, 45_000, 1_000_000)).toBe(5_000);
    expect(matchAmount({ kind: 'money', cents: 10_000 }, rules, 0, 3_000)).toBe(3_000);
    expect(matchAmount({ kind: 'money', cents: 10_000 }, rules, 60_000, 1_000_000)).toBe(0);
    expect(matchAmount({ kind: 'hours', hours: 2 }, rules, 0, 0)).toBe(0);
  });

  it('rounds down to whole cents', () => {
    expect(matchAmount({ kind: 'hours', hours: 0.333 }, { ...rules, hourlyRateCents: 1000 }, 0, 1_000_000)).toBe(333);
  });
});

describe('shift reminders', () => {
  it('remind of shifts that start within the next 24 hours', () => {
    const now = new Date('2026-06-12T09:00:00+02:00');
    const { after, until } = shiftReminderWindow(now);
    expect(after).toEqual(now);
    expect(until).toEqual(new Date('2026-06-13T09:00:00+02:00'));
  });

  it('name the day and time of the shift in Dutch time, in the reader’s language', () => {
    const start = new Date('2026-06-13T07:00:00Z');
    expect(shiftStartText(start, 'nl')).toBe('zaterdag 13 juni om 09:00');
    expect(shiftStartText(start, 'en')).toBe('Saturday 13 June at 09:00');
  });
});
