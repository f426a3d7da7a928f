import type { MyPledgesQuery } from '../../../generated/graphql';

export type MyPledge = MyPledgesQuery['myPledges'][number];

const HOUR_MS = 3_600_000;

/** Hours a pledge stands for: the shift's length or the task's estimate, times the people. */
export function pledgedHours(pledge: MyPledge): number {
  const { need } = pledge;
  if (need.kind === 'SHIFT' && need.startsAt && need.endsAt) {
    return ((Date.parse(need.endsAt) - Date.parse(need.startsAt)) / HOUR_MS) * pledge.amount;
  }
  if (need.kind === 'TASK' && need.hoursEstimate) {
    return need.hoursEstimate * pledge.amount;
  }
  return 0;
}

/** Total hours promised (still open or delivered) and actually delivered. */
export function pledgeTotals(pledges: readonly MyPledge[]): { pledged: number; delivered: number } {
  let pledged = 0;
  let delivered = 0;
  for (const pledge of pledges) {
    if (pledge.status === 'PLEDGED' || pledge.status === 'CONFIRMED' || pledge.status === 'FULFILLED') {
      pledged += pledgedHours(pledge);
    }
    if (pledge.status === 'FULFILLED' && pledge.deliveredHours) {
      delivered += pledge.deliveredHours;
    }
  }
  return { pledged: Math.round(pledged * 100) / 100, delivered: Math.round(delivered * 100) / 100 };
}
