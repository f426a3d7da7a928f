import { CreateCoreSchema1764400000000 } from './1764400000000-CreateCoreSchema.js';

/** Every migration, oldest first. Add new ones at the end; never edit one that has landed. */
export const migrations = [CreateCoreSchema1764400000000];
