import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity('neighbourhood')
export class NeighbourhoodEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('uuid', { name: 'municipality_id' }) municipalityId!: string;
  @Column('text') name!: string;
  /** CBS wijk/buurt code, e.g. BU03630000. */
  @Column('text') code!: string;
  @Column('jsonb', { nullable: true }) boundary!: unknown;
  @Column('timestamptz', { name: 'retired_at', nullable: true }) retiredAt!: Date | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}
