// Gzips files for a thread that has other work: up to `inFlight` files at a time are compressed on libuv's
// thread pool (the other core, while this thread goes on); beyond that a file is compressed here, at once, so
// the text waiting to be compressed stays a few files however fast they come. `drain` waits for the rest.
import { gzip, gzipSync } from "node:zlib";

export class GzipQueue {
  private readonly level: number;
  private readonly inFlight: number;
  private running = 0;
  private readonly failures: string[] = [];
  private idle: (() => void) | undefined;
  private readonly waiting: (() => void)[] = [];

  constructor(options: { level: number; inFlight: number }) {
    this.level = options.level;
    this.inFlight = options.inFlight;
  }

  /** Compresses `contents` and hands the bytes to `done` (now or later); `name` names the file in an error. */
  add(name: string, contents: string, done: (bytes: Uint8Array) => void): void {
    if (this.running >= this.inFlight) {
      done(gzipSync(contents, { level: this.level }));
      return;
    }
    this.running++;
    gzip(contents, { level: this.level }, (error, bytes) => {
      this.running--;
      try {
        if (error) this.failures.push(`could not compress ${name}: ${error.message}`);
        else done(bytes);
      } catch (thrown) {
        this.failures.push(`${name}: ${thrown instanceof Error ? thrown.message : String(thrown)}`);
      }
      this.waiting.shift()?.();
      if (this.running === 0) this.idle?.();
    });
  }

  /** Undefined when a file added now would go to the thread pool; else a promise of the moment it would. */
  room(): Promise<void> | undefined {
    if (this.running < this.inFlight) return undefined;
    return new Promise<void>((resolve) => this.waiting.push(resolve));
  }

  /** Resolves when every file added has been handed out; rejects with every failure met. */
  async drain(): Promise<void> {
    if (this.running > 0) await new Promise<void>((resolve) => (this.idle = resolve));
    this.idle = undefined;
    if (this.failures.length > 0) throw new Error(this.failures.join("\n"));
  }
}
