/**
 * Who is calling: the holder of an API token, or null when anonymous. A leaf of the access
 * module, so services and resolvers can name the viewer without importing the GraphQL layer.
 */
import type { Role } from './roles';

export interface Viewer {
  tokenId: string;
  name: string;
  roles: Role[];
}
