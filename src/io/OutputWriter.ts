// Writes files as they are made. On a thread whose job is writing, `blocking` writes each file at once
// (a third of the CPU time of promise-based writes: no file handles, promises or queue). Otherwise writes
// go to libuv's thread pool without making the producer wait, at most MAX_OPEN at a time (more open files
// than the system allows fail with EMFILE; 13,000 index files of a 100k site arrive within a second), and
// `flush` waits for all of them. Refuses paths outside the folder.
import fs from "node:fs";
import path from "node:path";

const MAX_OPEN = 64;

export class OutputWriter {
  private readonly root: string;
  private readonly folders = new Map<string, Promise<unknown>>();
  private queue: { target: string; file: string; contents: string | Uint8Array }[] = [];
  private head = 0;
  private readonly failures: string[] = [];
  private active = 0;
  private idle: (() => void)[] = [];
  written = 0;

  /** Called after every write, with the number of files written so far. */
  private readonly onWritten: ((written: number) => void) | undefined;

  private readonly blocking: boolean;
  private readonly made = new Set<string>();

  constructor(root: string, options: { onWritten?: (written: number) => void; blocking?: boolean } = {}) {
    this.root = path.resolve(root);
    this.onWritten = options.onWritten;
    this.blocking = options.blocking ?? false;
  }

  write(file: string, contents: string | Uint8Array): void {
    const target = path.resolve(this.root, file);
    if (!target.startsWith(this.root + path.sep)) {
      this.failures.push(`refusing to write ${JSON.stringify(file)} outside ${this.root}`);
      return;
    }
    if (this.blocking) this.writeNow(target, file, contents);
    else {
      this.queue.push({ target, file, contents });
      this.next();
    }
  }

  private writeNow(target: string, file: string, contents: string | Uint8Array): void {
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

  /** Files waiting to be written or being written. */
  get pending(): number {
    return this.queue.length - this.head + this.active;
  }

  /** Waits for every write; throws one error naming every file that could not be written. */
  async flush(): Promise<void> {
    if (this.pending > 0) await new Promise<void>((resolve) => this.idle.push(resolve));
    if (this.failures.length > 0) throw new Error(this.failures.join("\n"));
  }

  private next(): void {
    while (this.active < MAX_OPEN && this.head < this.queue.length) {
      const { target, file, contents } = this.queue[this.head]!;
      // Drop written entries now and then instead of shifting the array on every file.
      if (++this.head > 1024 && this.head * 2 > this.queue.length) {
        this.queue = this.queue.slice(this.head);
        this.head = 0;
      }
      this.active++;
      const folder = path.dirname(target);
      let made = this.folders.get(folder);
      if (!made) this.folders.set(folder, (made = fs.promises.mkdir(folder, { recursive: true })));
      made
        .then(() => fs.promises.writeFile(target, contents))
        .then(
          () => {
            this.written++;
            this.onWritten?.(this.written);
          },
          (error: unknown) => {
            this.failures.push(`could not write ${file}: ${error instanceof Error ? error.message : String(error)}`);
          },
        )
        .finally(() => {
          this.active--;
          this.next();
          if (this.pending === 0) for (const resolve of this.idle.splice(0)) resolve();
        });
    }
  }
}
