// Which UTF-16 code units split words, as a table: the index builder scans text a code unit at a time.

import lunr from "lunr";

/**
 * 1 for a code unit matched by lunr.tokenizer.separator (whitespace and "-"; splitWords uses the same
 * expression), 0 otherwise. Made from the expression itself, so the two cannot disagree.
 */
export const separatorCodes: Uint8Array = new Uint8Array(0x10000);

for (let code = 0; code < 0x10000; code++) {
  if (lunr.tokenizer.separator.test(String.fromCharCode(code))) separatorCodes[code] = 1;
}
