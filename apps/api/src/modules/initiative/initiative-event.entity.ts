import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { InitiativeStatus } from '#domain';

/** One step in an initiative's life: who moved it from which status to which, and why. */
@Entity('initiative_event')
export class InitiativeEventEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint' }) id!: string;
  @Column('uuid', { name: 'municipality_id' }) municipalityId!: string;
  @Column('uuid', { name: 'initiative_id' }) initiativeId!: string;
  @Column('uuid', { name: 'actor_id', nullable: true }) actorId!: string | null;
  @Column('text', { name: 'from_status', nullable: true }) fromStatus!: InitiativeStatus | null;
  @Column('text', { name: 'to_status' }) toStatus!: InitiativeStatus;
  @Column('text', { nullable: true }) reason!: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}
