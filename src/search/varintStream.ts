// A long sequence of small unsigned integers, written once and then read once in order.
//
// Seven bits a byte in fixed-size chunks: a posting's term and frequency take 3 bytes where JS arrays of
// numbers take 16, and growing never copies (or briefly doubles) what is already written. Read once: a chunk
// read to its end is let go, so the stream shrinks while what is read from it grows (the search index's
// postings are read into sorted arrays at the end of a build, its peak of memory).

const READ = new Uint8Array(0);

/** Writes `value`, an integer in [0, 2³¹), seven bits a byte at `bytes[at]` (room for 5 bytes); returns where the next goes. */
export function putVarint(bytes: Uint8Array, at: number, value: number): number {
  let v = value;
  while (v >= 0x80) {
    bytes[at++] = (v & 0x7f) | 0x80;
    v >>>= 7;
  }
  bytes[at++] = v;
  return at;
}

/** Reads the varints of `bytes` (putVarint's) one after the other. */
export class VarintReader {
  private at = 0;
  private readonly bytes: Uint8Array;
  constructor(bytes: Uint8Array) {
    this.bytes = bytes;
  }

  read(): number {
    const bytes = this.bytes;
    let byte = bytes[this.at++];
    let value = byte & 0x7f;
    let shift = 7;
    while (byte >= 0x80) {
      byte = bytes[this.at++];
      value |= (byte & 0x7f) << shift;
      shift += 7;
    }
    return value;
  }

  /** True when every byte was read, and no more. */
  get done(): boolean {
    return this.at === this.bytes.length;
  }
}

export class VarintStream {
  private readonly chunkBytes: number;
  private readonly chunks: Uint8Array[] = [];
  /** Bytes used in each chunk but the last, which `writeAt` tells. */
  private readonly ends: number[] = [];
  private chunk: Uint8Array;
  private writeAt = 0;
  private readChunk = 0;
  private readAt = 0;

  constructor(chunkBytes = 1 << 22) {
    this.chunkBytes = chunkBytes;
    this.chunk = new Uint8Array(chunkBytes);
    this.chunks.push(this.chunk);
  }

  /** Appends `value`, an integer in [0, 2³¹). */
  write(value: number): void {
    if (this.writeAt + 5 > this.chunk.length) {
      this.ends.push(this.writeAt);
      this.chunk = new Uint8Array(this.chunkBytes);
      this.chunks.push(this.chunk);
      this.writeAt = 0;
    }
    this.writeAt = putVarint(this.chunk, this.writeAt, value);
  }

  /** The next value not read yet; there must be one. */
  read(): number {
    let chunk = this.chunks[this.readChunk];
    if (this.readChunk < this.ends.length && this.readAt === this.ends[this.readChunk]) {
      this.chunks[this.readChunk] = READ;
      chunk = this.chunks[++this.readChunk];
      this.readAt = 0;
    }
    let byte = chunk[this.readAt++];
    let value = byte & 0x7f;
    let shift = 7;
    while (byte >= 0x80) {
      byte = chunk[this.readAt++];
      value |= (byte & 0x7f) << shift;
      shift += 7;
    }
    return value;
  }

  /** Bytes held. */
  get bytes(): number {
    return this.chunks.reduce((sum, chunk) => sum + chunk.length, 0);
  }
}
