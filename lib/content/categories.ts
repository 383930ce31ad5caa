import { createCollection } from './collection';
import { categoryMetaSchema } from './schema';

/** The five B25 category pages, `content/<locale>/categories/<slug>.mdx`. */
export const categories = createCollection('categories', categoryMetaSchema);
