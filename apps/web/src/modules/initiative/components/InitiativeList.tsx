import type { InitiativeCardFieldsFragment } from '../../../generated/graphql';
import { InitiativeCard } from './InitiativeCard';

export interface InitiativeListProps {
  initiatives: readonly InitiativeCardFieldsFragment[];
  focusIndex: number | null;
}

export function InitiativeList({ initiatives, focusIndex }: InitiativeListProps) {
  return (
    <ul className="dialoog-card-list">
      {initiatives.map((initiative, index) => (
        <li key={initiative.id}>
          <InitiativeCard initiative={initiative} focusTitle={index === focusIndex} />
        </li>
      ))}
    </ul>
  );
}
