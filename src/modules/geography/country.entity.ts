import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import type { RegionalInstrument, RegionalSystem, UnProcedure } from '../taxonomy/values';
import type { LocalizedText } from '../taxonomy/localized';
import type { AcceptanceFact, CountrySource } from './seed-schema';

@Entity({ name: 'country' })
export class CountryRow {
  @PrimaryColumn({ type: 'char', length: 2 }) code: string;
  @Column({ type: 'jsonb' }) names: LocalizedText;
  @Column({ name: 'un_member', type: 'boolean' }) unMember: boolean;
  @Column({ type: 'text', array: true }) memberships: RegionalSystem[];
  @Column({ type: 'jsonb' }) procedures: Partial<Record<UnProcedure, AcceptanceFact>>;
  @Column({ type: 'jsonb' }) instruments: Partial<Record<RegionalInstrument, AcceptanceFact>>;
  @Column({ name: 'least_developed', type: 'boolean', nullable: true }) leastDeveloped: boolean | null;
  @Column({ type: 'jsonb' }) sources: CountrySource[];
  @Column({ name: 'verified_on', type: 'date' }) verifiedOn: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}
