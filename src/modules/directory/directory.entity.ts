import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import type { LocalizedText } from '../taxonomy/localized';
import type { ApplicationMode, ChannelKind, RecordStatus, ResponseSpeed, ServiceKind } from '../taxonomy/values';
import type { Coverage, EligibilityRule, SourceSeed } from './seed-schema';

export const RECORD_KINDS = ['ORGANIZATION', 'STATE_POLICY', 'MECHANISM', 'PROGRAMME'] as const;
export type RecordKind = (typeof RECORD_KINDS)[number];

/** The API's type name of each record kind, used in global ids, errors and the audit log. */
export const TYPE_OF_KIND: Record<RecordKind, string> = {
  ORGANIZATION: 'Organization',
  STATE_POLICY: 'StatePolicy',
  MECHANISM: 'Mechanism',
  PROGRAMME: 'Programme',
};

/** Display-only fields of one kind. */
export interface RecordDetails {
  headquarters?: string;
  year?: number;
  documentUrl?: string;
  host?: LocalizedText;
  duration?: LocalizedText;
  whoMayApply?: LocalizedText;
  application?: ApplicationMode;
}

/** A source as stored: rows saved before evidence dates were kept lack the dating fields. */
export type SourceValue = Pick<SourceSeed, 'url' | 'title'> & Partial<Omit<SourceSeed, 'url' | 'title'>>;

// Ids come from the column default (gen_random_uuid()): PrimaryGeneratedColumn would make TypeORM ask for uuid-ossp, which PGlite lacks.

/** An organisation, state policy, mechanism or programme (columns a kind does not use stay null or empty). */
@Entity({ name: 'directory_record' })
export class DirectoryRecordRow {
  @PrimaryColumn({ type: 'uuid' }) id: string;
  @Column({ type: 'text' }) kind: RecordKind;
  @Column({ type: 'text' }) slug: string;
  @Column({ type: 'text' }) status: RecordStatus;
  @Column({ type: 'jsonb', nullable: true }) alert: LocalizedText | null;
  /** A policy's title, every other kind's name. */
  @Column({ type: 'jsonb' }) name: LocalizedText;
  /** For programmes, a copy of their offer's description. */
  @Column({ type: 'jsonb' }) summary: LocalizedText;
  @Column({ type: 'text', nullable: true }) acronym: string | null;
  @Column({ type: 'text', nullable: true }) website: string | null;
  @Column({ type: 'text', array: true }) languages: string[];
  @Column({ type: 'jsonb', nullable: true }) coverage: Coverage | null;
  @Column({ type: 'jsonb' }) eligibility: EligibilityRule[];
  @Column({ type: 'jsonb' }) caveats: LocalizedText[];
  /** A mechanism's system (UN or regional). */
  @Column({ type: 'text', nullable: true }) system: string | null;
  /** A policy's issuer: a country code or EU. */
  @Column({ type: 'text', nullable: true }) issuer: string | null;
  /** A mechanism's or programme's own kind. */
  @Column({ type: 'text', nullable: true }) subkind: string | null;
  /** Display-only fields of one kind (headquarters, year, documentUrl, host, duration, …). */
  @Column({ type: 'jsonb' }) details: RecordDetails;
  @Column({ type: 'jsonb' }) sources: SourceValue[];
  @Column({ name: 'verified_on', type: 'date' }) verifiedOn: string;
  @Column({ name: 'archived_at', type: 'timestamptz', nullable: true }) archivedAt: Date | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}

/** An actionable offer: an organisation's service, a policy's commitment, a mechanism's procedure, a programme itself. */
@Entity({ name: 'directory_offer' })
export class OfferRow {
  @PrimaryColumn({ type: 'uuid' }) id: string;
  @Column({ name: 'record_id', type: 'uuid' }) recordId: string;
  @Column({ type: 'int' }) position: number;
  @Column({ type: 'text' }) slug: string;
  @Column({ type: 'text' }) kind: ServiceKind;
  @Column({ type: 'jsonb' }) name: LocalizedText;
  @Column({ type: 'jsonb' }) description: LocalizedText;
  @Column({ type: 'text', array: true }) risks: string[];
  @Column({ type: 'text', array: true }) profiles: string[];
  @Column({ type: 'jsonb', nullable: true }) coverage: Coverage | null;
  @Column({ type: 'jsonb' }) eligibility: EligibilityRule[];
  @Column({ type: 'text' }) speed: ResponseSpeed;
  @Column({ name: 'response_time_note', type: 'jsonb', nullable: true }) responseTimeNote: LocalizedText | null;
  @Column({ type: 'jsonb' }) requirements: LocalizedText[];
  @Column({ type: 'jsonb' }) steps: LocalizedText[];
  @Column({ type: 'jsonb' }) caveats: LocalizedText[];
  @Column({ type: 'text' }) status: RecordStatus;
  @Column({ type: 'jsonb', nullable: true }) alert: LocalizedText | null;
}

@Entity({ name: 'directory_contact_channel' })
export class ContactChannelRow {
  @PrimaryColumn({ type: 'uuid' }) id: string;
  @Column({ name: 'record_id', type: 'uuid' }) recordId: string;
  @Column({ type: 'int' }) position: number;
  @Column({ type: 'text' }) kind: ChannelKind;
  @Column({ type: 'text', nullable: true }) value: string | null;
  @Column({ type: 'jsonb', nullable: true }) label: LocalizedText | null;
  @Column({ type: 'text', array: true }) languages: string[];
  @Column({ type: 'text', nullable: true }) hours: string | null;
  @Column({ type: 'boolean' }) available247: boolean;
  @Column({ name: 'safety_note', type: 'jsonb', nullable: true }) safetyNote: LocalizedText | null;
  @Column({ type: 'boolean' }) confirmed: boolean;
}
