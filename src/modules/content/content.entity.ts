/**
 * The content module's tables: campaign, page, defender_spotlight, spotlight_consent.
 *
 * Ids are uuid columns filled by the database's gen_random_uuid() (or crypto.randomUUID()):
 * not @PrimaryGeneratedColumn, which would make TypeORM create the uuid-ossp extension PGlite lacks.
 */
import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import type { LocalizedText } from '../taxonomy/localized';
import type { DefenderProfile, RiskType } from '../taxonomy/values';
import type { ContentSource, PageKind, PublicationStatus } from './seed-schema';

export interface DemandRecord {
  slug: string;
  text: LocalizedText;
}
export interface DefenderKindRecord {
  slug: string;
  label: LocalizedText;
  profiles: DefenderProfile[];
}
export interface AttackKindRecord {
  slug: string;
  label: LocalizedText;
  risks: RiskType[];
}

@Entity({ name: 'campaign' })
export class CampaignRow {
  @PrimaryColumn({ type: 'uuid' }) id: string;
  @Column({ type: 'text', unique: true }) slug: string;
  @Column({ type: 'text' }) status: PublicationStatus;
  @Column({ name: 'published_on', type: 'date', nullable: true }) publishedOn: string | null;
  @Column({ type: 'jsonb' }) title: LocalizedText;
  @Column({ type: 'jsonb' }) summary: LocalizedText;
  @Column({ name: 'call_to_action', type: 'jsonb' }) callToAction: LocalizedText;
  @Column({ type: 'jsonb' }) addressees: LocalizedText;
  @Column({ type: 'jsonb' }) demands: DemandRecord[];
  @Column({ name: 'hand_over', type: 'jsonb' }) handOver: LocalizedText;
  @Column({ name: 'defender_kinds', type: 'jsonb' }) defenderKinds: DefenderKindRecord[];
  @Column({ name: 'attack_kinds', type: 'jsonb' }) attackKinds: AttackKindRecord[];
  @Column({ name: 'signature_goal', type: 'integer', nullable: true }) signatureGoal: number | null;
  @Column({ name: 'starts_on', type: 'date', nullable: true }) startsOn: string | null;
  @Column({ name: 'ends_on', type: 'date', nullable: true }) endsOn: string | null;
  @Column({ type: 'jsonb' }) sources: ContentSource[];
  @Column({ name: 'verified_on', type: 'date', nullable: true }) verifiedOn: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}

@Entity({ name: 'page' })
export class PageRow {
  @PrimaryColumn({ type: 'uuid' }) id: string;
  @Column({ type: 'text', unique: true }) slug: string;
  @Column({ type: 'text' }) kind: PageKind;
  @Column({ type: 'text' }) status: PublicationStatus;
  @Column({ name: 'published_on', type: 'date', nullable: true }) publishedOn: string | null;
  @Column({ name: 'campaign_id', type: 'uuid', nullable: true }) campaignId: string | null;
  @Column({ name: 'sort_order', type: 'integer' }) order: number;
  @Column({ type: 'jsonb' }) title: LocalizedText;
  @Column({ type: 'jsonb', nullable: true }) summary: LocalizedText | null;
  @Column({ type: 'jsonb' }) body: LocalizedText;
  @Column({ type: 'jsonb' }) sources: ContentSource[];
  @Column({ name: 'verified_on', type: 'date', nullable: true }) verifiedOn: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}

export const CONSENT_GIVERS = ['DEFENDER', 'REPRESENTATIVE'] as const;
export type ConsentGiver = (typeof CONSENT_GIVERS)[number];

@Entity({ name: 'defender_spotlight' })
export class SpotlightRow {
  @PrimaryColumn({ type: 'uuid' }) id: string;
  @Column({ name: 'display_name', type: 'text' }) displayName: string;
  @Column({ name: 'is_pseudonym', type: 'boolean' }) isPseudonym: boolean;
  @Column({ name: 'country_code', type: 'char', length: 2 }) countryCode: string;
  @Column({ type: 'jsonb' }) focus: LocalizedText;
  @Column({ type: 'text', array: true }) profiles: DefenderProfile[];
  @Column({ type: 'jsonb' }) story: LocalizedText;
  @Column({ type: 'text' }) status: PublicationStatus;
  @Column({ name: 'published_at', type: 'timestamptz', nullable: true }) publishedAt: Date | null;
  /** The consent in force; null when none was recorded or it was withdrawn. */
  @Column({ name: 'consent_id', type: 'uuid', nullable: true }) consentId: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}

@Entity({ name: 'spotlight_consent' })
export class SpotlightConsentRow {
  @PrimaryColumn({ type: 'uuid' }) id: string;
  @Column({ name: 'spotlight_id', type: 'uuid' }) spotlightId: string;
  @Column({ name: 'given_by', type: 'text' }) givenBy: ConsentGiver;
  @Column({ name: 'given_on', type: 'date' }) givenOn: string;
  @Column({ type: 'text' }) scope: string;
  @Column({ name: 'recorded_at', type: 'timestamptz' }) recordedAt: Date;
  @Column({ name: 'recorded_by', type: 'text' }) recordedBy: string;
  @Column({ name: 'withdrawn_at', type: 'timestamptz', nullable: true }) withdrawnAt: Date | null;
  @Column({ name: 'withdrawn_by', type: 'text', nullable: true }) withdrawnBy: string | null;
}

export const CONTENT_ENTITIES = [CampaignRow, PageRow, SpotlightRow, SpotlightConsentRow];
