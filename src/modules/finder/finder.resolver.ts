/**
 * `protectionPlan(need, locale, limit)`: a thin resolver over FinderService. No SQL runs here:
 * the plan comes from the in-memory read model. Input errors become BAD_USER_INPUT with the
 * field named and no value repeated; the need itself is never logged.
 */
import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import type { AppContext } from '../../graphql/context';
import { AppError, ErrorCode, badInput } from '../../shared/errors';
import { Locale } from '../taxonomy/localized';
import { FinderInputError, type ProtectionPlan as CorePlan, type ResourceRef as CoreRef } from './core';
import { MAX_NEED_LIST, MAX_PLAN_LIMIT } from './finder.service';
import { PlanRecord, ProtectionNeedInput, ProtectionPlan, ResourceRef } from './finder.types';
import { idsOf, recordWithId } from './resource-ids';

/**
 * The core's plain objects as they are: the plan is already in the API's shape (its locales are
 * Locale values). Not copied: a copy would read the lists the core makes only when read
 * (`excluded`, `records`), which most operations do not select.
 */
function toGraphqlPlan(plan: CorePlan): ProtectionPlan {
  return plan as unknown as ProtectionPlan;
}

/**
 * A plan's records with their global IDs: one call per plan, not a field resolver per record
 * (type-graphql's per-call cost was most of the records' execution time in the whole plan).
 */
@Resolver(() => ProtectionPlan)
export class PlanRecordResolver {
  @FieldResolver(() => [PlanRecord])
  records(@Root() plan: CorePlan): PlanRecord[] {
    return plan.records.map(recordWithId);
  }
}

/** Global IDs of a plan's resources, computed only for the responses that ask for them. */
@Resolver(() => ResourceRef)
export class ResourceRefResolver {
  @FieldResolver(() => ID, { description: 'Global ID of the parent record (Organization, StatePolicy, Mechanism or Programme), usable with node(id).' })
  id(@Root() ref: CoreRef): string {
    return idsOf(ref).id;
  }

  @FieldResolver(() => ID, { description: 'Global ID of the offer itself (an Offer), usable with node(id).' })
  offerId(@Root() ref: CoreRef): string {
    return idsOf(ref).offerId;
  }
}

@Resolver()
export class FinderResolver {
  @Query(() => ProtectionPlan, {
    description:
      "A ranked, explained protection plan for a defender's situation, from the directory (in memory: no database round trip). " +
      'The need is never logged or stored. Errors: BAD_USER_INPUT with extensions.field (country, risks, urgency, profiles, languages, cooperatedWithUn, limit).',
  })
  protectionPlan(
    @Arg('need', () => ProtectionNeedInput, { description: "The defender's situation. Never logged, stored or repeated in an error." })
    need: ProtectionNeedInput,
    @Arg('locale', () => Locale, {
      nullable: true,
      description: 'Language of the text; defaults to Accept-Language, then English (the finder writes en, fr, es).',
    })
    _locale: Locale | undefined,
    @Arg('limit', () => Int, {
      nullable: true,
      description: `Keep the best N options (1–${MAX_PLAN_LIMIT}), each through a different contact route, plus the best of any phase left out; excluded candidates are always all listed.`,
    })
    limit: number | undefined,
    @Ctx() ctx: AppContext,
  ): ProtectionPlan {
    if (limit !== undefined && limit !== null && (limit < 1 || limit > MAX_PLAN_LIMIT)) {
      throw badInput('limit', `must be between 1 and ${MAX_PLAN_LIMIT}`);
    }
    for (const field of ['risks', 'profiles', 'languages', 'threatFrom'] as const) {
      if ((need[field]?.length ?? 0) > MAX_NEED_LIST[field]) throw badInput(field, `must list at most ${MAX_NEED_LIST[field]} values`);
    }
    try {
      const plan = ctx.services.finder.plan(
        {
          country: need.country,
          risks: need.risks,
          urgency: need.urgency,
          profiles: need.profiles ?? undefined,
          languages: need.languages ?? undefined,
          cooperatedWithUn: need.cooperatedWithUn ?? undefined,
          currentlyInCountry: need.currentlyInCountry ?? undefined,
          threatFrom: need.threatFrom ?? undefined,
        },
        { locale: ctx.locale, limit: limit ?? undefined },
      );
      return toGraphqlPlan(plan);
    } catch (err) {
      if (err instanceof FinderInputError) {
        // The core's message names the field and never repeats a value.
        throw new AppError(ErrorCode.BAD_USER_INPUT, err.message, { field: err.field });
      }
      if (err instanceof Error && err.message === 'The protection finder is not ready') {
        throw new AppError(ErrorCode.SERVICE_UNAVAILABLE, 'The protection finder is starting; try again in a moment');
      }
      throw err;
    }
  }
}
