import { createCollection } from './collection';
import { guideMetaSchema } from './schema';

/** Explanatory guides, `content/<locale>/guides/<slug>.mdx`. */
export const guides = createCollection('guides', guideMetaSchema);
