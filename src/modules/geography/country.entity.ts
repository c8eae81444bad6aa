import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import type { AcceptanceStatus, RegionalSystem, UnProcedure } from '../taxonomy/values';
import type { TextByLocale } from '../../shared/localized';

export interface SourceRecord {
  url?: string;
  title: string;
}

@Entity({ name: 'country' })
export class CountryRow {
  @PrimaryColumn({ type: 'char', length: 2 }) code: string;
  @Column({ type: 'jsonb' }) names: TextByLocale;
  @Column({ name: 'un_member', type: 'boolean' }) unMember: boolean;
  @Column({ type: 'text', array: true }) memberships: RegionalSystem[];
  @Column({ type: 'jsonb' }) procedures: Partial<Record<UnProcedure, AcceptanceStatus>>;
  @Column({ name: 'least_developed', type: 'boolean', nullable: true }) leastDeveloped: boolean | null;
  @Column({ type: 'jsonb' }) sources: SourceRecord[];
  @Column({ name: 'verified_on', type: 'date' }) verifiedOn: string;
  @Column({ name: 'procedures_as_of', type: 'date', nullable: true }) proceduresAsOf: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}
