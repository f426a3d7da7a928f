export interface TimeSpan {
  readonly startsAt: Date;
  readonly endsAt: Date;
}

/** Two shifts overlap when one starts before the other ends (touching ends do not overlap). */
export function shiftsOverlap(a: TimeSpan, b: TimeSpan): boolean {
  return a.startsAt.getTime() < b.endsAt.getTime() && b.startsAt.getTime() < a.endsAt.getTime();
}
