import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity('municipality')
export class MunicipalityEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('text') slug!: string;
  @Column('text') name!: string;
  @Column('text', { array: true }) hosts!: string[];
  @Column('integer', { name: 'support_threshold' }) supportThreshold!: number;
  @Column('integer', { name: 'support_window_days' }) supportWindowDays!: number;
  @Column('integer', { name: 'first_response_working_days' }) firstResponseWorkingDays!: number;
  @Column('integer', { name: 'decision_working_days' }) decisionWorkingDays!: number;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}
