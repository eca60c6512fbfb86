// Writes pages as they are rendered, without making the renderer wait: writes go to libuv's thread pool
// while the next page renders, and `flush` waits for all of them. Refuses paths outside the output folder.
import fs from "node:fs";
import path from "node:path";

export class OutputWriter {
  private readonly root: string;
  private readonly folders = new Map<string, Promise<unknown>>();
  private readonly pending = new Set<Promise<void>>();
  private readonly failures: string[] = [];
  written = 0;

  constructor(root: string) {
    this.root = path.resolve(root);
  }

  write(file: string, contents: string | Uint8Array): void {
    const target = path.resolve(this.root, file);
    if (!target.startsWith(this.root + path.sep)) {
      this.failures.push(`refusing to write ${JSON.stringify(file)} outside ${this.root}`);
      return;
    }
    const folder = path.dirname(target);
    let made = this.folders.get(folder);
    if (!made) this.folders.set(folder, (made = fs.promises.mkdir(folder, { recursive: true })));
    const job = made
      .then(() => fs.promises.writeFile(target, contents))
      .then(
        () => {
          this.written++;
        },
        (error: unknown) => {
          this.failures.push(`could not write ${file}: ${error instanceof Error ? error.message : String(error)}`);
        },
      )
      .finally(() => this.pending.delete(job));
    this.pending.add(job);
  }

  /** Waits for every write; throws one error naming every file that could not be written. */
  async flush(): Promise<void> {
    while (this.pending.size > 0) await Promise.all(this.pending);
    if (this.failures.length > 0) throw new Error(this.failures.join("\n"));
  }
}
