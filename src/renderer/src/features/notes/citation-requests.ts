import type { SpanCitation } from '@shared/model';

/**
 * "Cite in note": the reader (or a highlight, or a compare view) asks for a span to be cited;
 * the notes pane answers by inserting it into the open note, or a new one. A request made
 * while no notes pane listens waits until one does, so nothing asked for is lost.
 */
export class CitationRequests {
  private readonly listeners = new Set<(citation: SpanCitation) => void>();
  private waiting: SpanCitation[] = [];

  request(citation: SpanCitation): void {
    if (this.listeners.size === 0) {
      this.waiting.push(citation);
      return;
    }
    for (const listener of this.listeners) listener(citation);
  }

  listen(listener: (citation: SpanCitation) => void): () => void {
    this.listeners.add(listener);
    const waiting = this.waiting;
    this.waiting = [];
    for (const citation of waiting) listener(citation);
    return () => this.listeners.delete(listener);
  }
}
