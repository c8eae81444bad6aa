/** Adds the supporters' counts to the content module's Campaign type, batched per request. */
import { Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { AppContext } from '../../graphql/context';
import { Campaign } from '../content/content.types';

@Resolver(() => Campaign)
export class CampaignSupportResolver {
  @FieldResolver(() => Int, {
    description: 'Confirmed signatures (the address followed the e-mailed link), each address counted once; erased and expired ones stay as anonymous counts.',
  })
  async signatureCount(@Root() campaign: Campaign, @Ctx() ctx: AppContext): Promise<number> {
    return (await ctx.loaders.campaignSupport.load(campaign.rowId)).signatureCount;
  }

  @FieldResolver(() => Int, { description: 'Number of different countries the signers of confirmed signatures gave (the country is optional).' })
  async supporterCountriesCount(@Root() campaign: Campaign, @Ctx() ctx: AppContext): Promise<number> {
    return (await ctx.loaders.campaignSupport.load(campaign.rowId)).supporterCountriesCount;
  }
}
