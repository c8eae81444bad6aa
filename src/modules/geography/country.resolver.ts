import { Arg, Args, ArgsType, Ctx, Field, Query, Resolver } from 'type-graphql';
import type { AppContext } from '../../graphql/context';
import { registerNodeType } from '../../graphql/node.resolver';
import { Locale, LOCALE_ARGUMENT } from '../taxonomy/localized';
import { PageArgs, connectionFrom, pageOf } from '../../shared/relay';
import { badInput } from '../../shared/errors';
import { RegionalSystemEnum } from '../taxonomy/graphql-enums';
import type { RegionalSystem } from '../taxonomy/values';
import { Country, CountryConnection, toCountry } from './country.types';
import { countryKey } from './country.service';

@ArgsType()
class CountriesArgs extends PageArgs {
  @Field(() => RegionalSystemEnum, { nullable: true, description: 'Only members of this regional system.' })
  system?: RegionalSystem;

  @Field(() => Boolean, { nullable: true, description: 'Only UN members (true) or only non-members (false).' })
  unMember?: boolean;

  @Field(() => String, { nullable: true, description: 'Matches the code or a name in any language.' })
  search?: string;

  @Field(() => Locale, { nullable: true, description: LOCALE_ARGUMENT })
  locale?: Locale;
}

registerNodeType('Country', async (code, ctx) => {
  const row = await ctx.loaders.country.load(code);
  return row ? toCountry(row, ctx.locale) : null;
});

@Resolver(() => Country)
export class CountryResolver {
  @Query(() => CountryConnection, { description: 'Countries and territories, ordered by code.' })
  async countries(@Args() args: CountriesArgs, @Ctx() ctx: AppContext): Promise<CountryConnection> {
    const page = pageOf(args);
    if (args.search !== undefined && args.search.length > 100) throw badInput('search', 'must be at most 100 characters');
    const { rows, total } = await ctx.services.countries.list(args, page);
    return connectionFrom(rows, total, page, countryKey, (r) => toCountry(r, ctx.locale));
  }

  @Query(() => Country, { nullable: true, description: 'One country by ISO 3166-1 alpha-2 code; null when no country has it.' })
  async country(
    @Arg('code', () => String, { description: 'ISO 3166-1 alpha-2 code, in either case (e.g. KE).' }) code: string,
    @Arg('locale', () => Locale, { nullable: true, description: LOCALE_ARGUMENT }) _locale: Locale | undefined,
    @Ctx() ctx: AppContext,
  ): Promise<Country | null> {
    if (!/^[A-Za-z]{2}$/.test(code)) throw badInput('code', 'must be a two-letter ISO 3166-1 code');
    const row = await ctx.loaders.country.load(code.toUpperCase());
    return row ? toCountry(row, ctx.locale) : null;
  }
}
