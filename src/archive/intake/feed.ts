// A feed export in JSON Lines, one release a line, in the shape of the State Department's press-release feed.
import { z } from 'astro/zod';

export const feedItemSchema = z.object({
  url: z.url(),
  title: z.string().min(1),
  /** Publication time as the feed gives it, with its offset ("2022-03-25T02:44:18+00:00"). */
  published: z.iso.datetime({ offset: true }),
  byline: z.string().optional(),
  /** The body as published in the feed: HTML. */
  html: z.string().min(1),
});
export type FeedItem = z.infer<typeof feedItemSchema>;

export type FeedLine = { line: number; item: FeedItem } | { line: number; error: string };

/** Reads every line; a line that is not a release says why, with its number, and the others are still read. */
export function readFeed(text: string): FeedLine[] {
  const out: FeedLine[] = [];
  text.split('\n').forEach((raw, i) => {
    if (raw.trim() === '') return;
    let json: unknown;
    try {
      json = JSON.parse(raw);
    } catch {
      out.push({ line: i + 1, error: 'not a JSON object' });
      return;
    }
    const parsed = feedItemSchema.safeParse(json);
    if (parsed.success) out.push({ line: i + 1, item: parsed.data });
    else out.push({ line: i + 1, error: parsed.error.issues.map((issue) => `${issue.path.join('.') || 'line'}: ${issue.message}`).join('; ') });
  });
  return out;
}
