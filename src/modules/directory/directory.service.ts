/** The directory: snapshot for the finder, filtered lists, loaders, and editors' changes. */
import type { Database } from '../../db/database';
import type { MechanismSeed, OrganizationSeed, ProgrammeSeed, StatePolicySeed } from './seed-schema';
import { toSeed } from './mapping';
import { loadRecords } from './directory.store';

export interface DirectorySnapshot {
  organizations: OrganizationSeed[];
  statePolicies: StatePolicySeed[];
  mechanisms: MechanismSeed[];
  programmes: ProgrammeSeed[];
}

export class DirectoryService {
  constructor(private readonly db: Database) {}

  /** Every non-archived record in the seed shapes, ordered by slug (the finder's read model input). */
  async snapshot(): Promise<DirectorySnapshot> {
    const stored = await this.db.read((m) => loadRecords(m, {}));
    const out: DirectorySnapshot = { organizations: [], statePolicies: [], mechanisms: [], programmes: [] };
    for (const s of stored) {
      const r = toSeed(s);
      if (r.kind === 'ORGANIZATION') out.organizations.push(r.seed);
      else if (r.kind === 'STATE_POLICY') out.statePolicies.push(r.seed);
      else if (r.kind === 'MECHANISM') out.mechanisms.push(r.seed);
      else out.programmes.push(r.seed);
    }
    return out;
  }
}
