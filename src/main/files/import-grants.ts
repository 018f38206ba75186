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

  /** Returns the file once; a token cannot be replayed. */
  take(token: string): GrantedFile | undefined {
    const file = this.granted.get(token);
    this.granted.delete(token);
    return file;
  }

  get size(): number {
    return this.granted.size;
  }
}
