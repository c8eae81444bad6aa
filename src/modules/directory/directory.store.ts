/**
 * Reading and writing whole records (a record with its offers and channels) inside a unit of
 * work. Used by the seeder, the snapshot and the editors' mutations, so all write the same way.
 */
import type { EntityManager } from 'typeorm';
import { ContactChannelRow, DirectoryRecordRow, OfferRow } from './directory.entity';
import { searchParams, searchVectorSql, type RecordRows } from './mapping';

export interface StoredRecord {
  record: DirectoryRecordRow;
  offers: OfferRow[];
  channels: ContactChannelRow[];
}

/** Records with their offers and channels, in three statements whatever their number. */
export async function loadRecords(m: EntityManager, where: { slugs?: string[]; ids?: string[]; includeArchived?: boolean }): Promise<StoredRecord[]> {
  const qb = m.getRepository(DirectoryRecordRow).createQueryBuilder('r').orderBy('r.kind').addOrderBy('r.slug');
  if (!where.includeArchived) qb.andWhere('r.archived_at IS NULL');
  if (where.slugs) qb.andWhere('r.slug = ANY(:slugs)', { slugs: where.slugs });
  if (where.ids) qb.andWhere('r.id = ANY(:ids)', { ids: where.ids });
  const records = await qb.getMany();
  if (records.length === 0) return [];
  const ids = records.map((r) => r.id);
  const [offers, channels] = [
    await m.getRepository(OfferRow).createQueryBuilder('o').where('o.record_id = ANY(:ids)', { ids }).orderBy('o.position').getMany(),
    await m.getRepository(ContactChannelRow).createQueryBuilder('c').where('c.record_id = ANY(:ids)', { ids }).orderBy('c.position').getMany(),
  ];
  return records.map((record) => ({
    record,
    offers: offers.filter((o) => o.recordId === record.id),
    channels: channels.filter((c) => c.recordId === record.id),
  }));
}

async function writeChildren(m: EntityManager, recordId: string, rows: RecordRows): Promise<void> {
  await m.query(`UPDATE directory_record SET search = ${searchVectorSql(2)} WHERE id = $1`, [recordId, ...searchParams(rows)]);
  if (rows.offers.length > 0) {
    await m
      .createQueryBuilder()
      .insert()
      .into(OfferRow)
      .values(rows.offers.map((o) => ({ ...o, recordId })))
      .execute();
  }
  if (rows.channels.length > 0) {
    await m
      .createQueryBuilder()
      .insert()
      .into(ContactChannelRow)
      .values(rows.channels.map((c) => ({ ...c, recordId })))
      .execute();
  }
}

/** Inserts a new record; returns its id. */
export async function insertRecord(m: EntityManager, rows: RecordRows): Promise<string> {
  const result = await m.createQueryBuilder().insert().into(DirectoryRecordRow).values(rows.record).returning(['id']).execute();
  const id = (result.raw as { id: string }[])[0].id;
  await writeChildren(m, id, rows);
  return id;
}

/** Replaces a record's content, offers and channels (offers and channels are owned by the record, not shared). */
export async function replaceRecord(m: EntityManager, id: string, rows: RecordRows): Promise<void> {
  await m
    .createQueryBuilder()
    .update(DirectoryRecordRow)
    .set({ ...rows.record, updatedAt: () => 'now()' })
    .where('id = :id', { id })
    .execute();
  await m.query(`DELETE FROM directory_offer WHERE record_id = $1`, [id]);
  await m.query(`DELETE FROM directory_contact_channel WHERE record_id = $1`, [id]);
  await writeChildren(m, id, rows);
}
