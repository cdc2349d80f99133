import type { z } from 'zod';
import type { citationSchema } from '../src/core/profiles/schema';

export type Citation = z.infer<typeof citationSchema>;
