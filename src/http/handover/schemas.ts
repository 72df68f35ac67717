// The handover page's link: /handovers/:id?k=<token>[&lang=zh|en]. A link that does
// not fit is answered like an unknown handover (the 404 page), never with a 400 that
// would tell a guesser which part was wrong.
import { z } from 'zod';

export const HandoverPageParams = z.object({ id: z.string().min(1).max(100) });

export const HandoverPageQuery = z.object({
  k: z.string().max(200).optional().catch(undefined),
  lang: z.enum(['zh', 'en']).optional().catch(undefined),
});
