import { randomUUID } from 'node:crypto';

export interface GrantedFile {
  path: string;
  name: string;
  displayPath: string;
  size: number;
}

/**
 * The files the user chose in an import dialog. The renderer gets opaque tokens; main reads
 * only a path it granted, so a compromised renderer cannot ask for arbitrary files.
 */
export class ImportGrants {
  private readonly granted = new Map<string, GrantedFile>();

  grant(file: GrantedFile): string {
    const token = randomUUID();
    this.granted.set(token, file);
    return token;
  }

  /** The file behind a token, if the user chose it and it was not used up yet. */
  peek(token: string): GrantedFile | undefined {
    return this.granted.get(token);
  }

  /** Uses a token up: once a file is imported (or failed for good) it cannot be read again by token. */
  release(token: string): void {
    this.granted.delete(token);
  }

  get size(): number {
    return this.granted.size;
  }
}
