/**
 * What Agreement computes on, read from the corpus: the coders' tagged highlights as spans and
 * the texts of the articles any of them coded. A highlight is another coder's when it carries
 * their `coderId` (received through sync), else this device's user's. An untagged highlight
 * is not coding; a coder "coded" an article when they tagged something in it, so a coder who
 * never opened an article counts as missing there rather than as disagreeing.
 */
import type { AgreementInput } from '@shared/agreement/report';
import { codedHighlights } from '@shared/agreement/coded-highlights';
import type { AgreementUnitKind } from '@shared/agreement/segments';
import type { Id } from '@shared/model';
import type { ParallaxDB } from './schema';

/** The coders with tagged highlights in the corpus, `ownId` standing for this device's user. */
export async function codersInCorpus(db: ParallaxDB, ownId: string): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  await db.highlights.each((highlight) => {
    if (highlight.tagIds.length === 0) return;
    const coder = highlight.coderId ?? ownId;
    counts.set(coder, (counts.get(coder) ?? 0) + 1);
  });
  return counts;
}

export async function loadAgreementInput(db: ParallaxDB, ownId: string, coders: readonly string[], unit: AgreementUnitKind): Promise<AgreementInput> {
  const chosen = new Set(coders);
  const { spans, codedBy } = codedHighlights(await db.highlights.toArray(), ownId, (coder) => chosen.has(coder));
  const articleIds = [...new Set(spans.map((span) => span.article))] as Id[];
  const texts = await db.articleTexts.bulkGet(articleIds);
  const articles = texts.flatMap((text) => (text ? [{ id: text.id, text: text.text }] : []));
  return {
    coders: [...coders],
    articles,
    spans: spans.filter((span) => articles.some((a) => a.id === span.article)),
    unit,
    codedBy,
  };
}
