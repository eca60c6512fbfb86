// Names and values quoted in messages so that what cannot be seen can be: `"\u00a0"` for a non-breaking
// space, `"a\u200bb"` for a zero-width space, `"\t"` for a tab.

/** Controls, invisible and format characters, and spaces other than " ". */
const HIDDEN = /[\p{Cc}\p{Cf}\p{Z}\p{Default_Ignorable_Code_Point}]/u;
const MARK = /\p{M}/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** `text` in double quotes, as JSON writes it, with every character a reader could not see as an escape. */
export function quoted(text: string): string {
  let shown = "";
  // Whether a mark here sits on a letter or digit (directly or after other marks).
  let base = false;
  for (const char of JSON.stringify(text)) {
    const mark = MARK.test(char);
    if ((char !== " " && HIDDEN.test(char)) || (mark && !base)) shown += escape(char);
    else shown += char;
    if (!mark) base = LETTER_OR_DIGIT.test(char);
  }
  return shown;
}

function escape(char: string): string {
  const code = char.codePointAt(0)!;
  return code > 0xffff ? `\\u{${code.toString(16)}}` : `\\u${code.toString(16).padStart(4, "0")}`;
}
