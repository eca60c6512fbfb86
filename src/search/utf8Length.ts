// Sizes of files before they exist as bytes.

const ASCII = /^[\x00-\x7f]*$/;

/** UTF-8 bytes of `s`, as Buffer.byteLength counts them for a well-formed string. */
export function utf8Length(s: string): number {
  if (ASCII.test(s)) return s.length;
  let bytes = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    // Two bytes below U+0800, three above; a surrogate pair is four.
    if (c >= 0x80) bytes += c < 0x800 ? 1 : c >= 0xd800 && c <= 0xdbff ? 0 : 2;
  }
  return bytes;
}
