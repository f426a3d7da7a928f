import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { InitiativeStatus } from '#domain';

@Entity('initiative')
export class InitiativeEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('uuid', { name: 'municipality_id' }) municipalityId!: string;
  @Column('uuid', { name: 'author_id' }) authorId!: string;
  @Column('text') title!: string;
  @Column('text') summary!: string;
  @Column('text') description!: string;
  @Column('uuid', { name: 'neighbourhood_id', nullable: true }) neighbourhoodId!: string | null;
  @Column('uuid', { name: 'theme_id', nullable: true }) themeId!: string | null;
  @Column('text') status!: InitiativeStatus;
  @Column('integer', { name: 'support_count' }) supportCount!: number;
  @Column('timestamptz', { name: 'hidden_at', nullable: true }) hiddenAt!: Date | null;
  @Column('text', { name: 'hidden_reason', nullable: true }) hiddenReason!: string | null;
  @Column('double precision', { nullable: true }) lat!: number | null;
  @Column('double precision', { nullable: true }) lng!: number | null;
  @Column('timestamptz', { name: 'published_at', nullable: true }) publishedAt!: Date | null;
  @Column('date', { name: 'first_response_due_on', nullable: true }) firstResponseDueOn!: string | null;
  @Column('timestamptz', { name: 'first_response_at', nullable: true }) firstResponseAt!: Date | null;
  @Column('timestamptz', { name: 'threshold_reached_at', nullable: true }) thresholdReachedAt!: Date | null;
  @Column('date', { name: 'decision_due_on', nullable: true }) decisionDueOn!: string | null;
  @Column('date', { name: 'moderation_due_on', nullable: true }) moderationDueOn!: string | null;
  @Column('timestamptz', { name: 'decided_at', nullable: true }) decidedAt!: Date | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
}
