// How each format is encoded. Part of every variant's name (ENCODER_KEY), so a change here gives new names
// and the cache is never served a file made with other settings.

export const ENCODER_OPTIONS = {
  // AVIF at effort 1 encodes about four times faster than at 3 and its files are a few per cent larger.
  avif: { quality: 55, effort: 1 },
  webp: { quality: 75 },
  jpeg: { quality: 78, mozjpeg: true },
  png: { compressionLevel: 9 },
} as const;

/** FNV-1a: a short, stable fingerprint of a string. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

/** Four hex digits that change with the encoder options (and the orientation fix, which the encoder applies). */
export const ENCODER_KEY = (fnv1a(JSON.stringify({ ENCODER_OPTIONS, fixOrientation: true })) & 0xffff).toString(16).padStart(4, "0");
