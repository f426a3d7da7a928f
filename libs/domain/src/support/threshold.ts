/** Whether support is open: published or under review, and within the support window. */
export function supportIsOpen(status: string, publishedAt: Date | null, windowDays: number, now: Date): boolean {
  if (status !== 'published' && status !== 'under_review') {
    return false;
  }
  if (!publishedAt) {
    return false;
  }
  return now.getTime() < supportWindowEnd(publishedAt, windowDays).getTime();
}

export function supportWindowEnd(publishedAt: Date, windowDays: number): Date {
  return new Date(publishedAt.getTime() + windowDays * 86_400_000);
}

/** The support that makes the count reach the threshold moves a published initiative to review. */
export function crossesThreshold(status: string, newCount: number, threshold: number): boolean {
  return status === 'published' && newCount >= threshold;
}
