/** Relay's `node(id)`: resolves any global ID through the fetcher its type registered. */
import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import { Node, fromGlobalId } from '../shared/relay';
import type { AppContext } from './context';

type NodeFetcher = (key: string, ctx: AppContext) => Promise<Node | null>;

const fetchers: Record<string, NodeFetcher> = {};

/** Lets a module make its types reachable through `node(id)`. */
export function registerNodeType(type: string, fetcher: NodeFetcher): void {
  fetchers[type] = fetcher;
}

@Resolver()
export class NodeResolver {
  @Query(() => Node, { nullable: true, description: 'Any object by its global ID; null when it does not exist.' })
  async node(@Arg('id', () => ID, { description: 'A global ID, as any `id` field returns it.' }) id: string, @Ctx() ctx: AppContext): Promise<Node | null> {
    const parsed = fromGlobalId(id);
    const fetcher = parsed && Object.hasOwn(fetchers, parsed.type) ? fetchers[parsed.type] : undefined;
    return fetcher && parsed ? fetcher(parsed.key, ctx) : null;
  }
}
