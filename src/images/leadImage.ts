// The lead image as front matter states it: where its file is, and the words that go with it.

/** An article's lead image. `src` is a site path without the path prefix ("/economy/img/port.jpg") or an http(s) URL. */
export interface LeadImage {
  src: string;
  alt: string | undefined;
  caption: string | undefined;
  credit: string | undefined;
}

const REMOTE = /^https?:\/\//i;

/** True for an image the build never touches: an http(s) URL. */
export function isRemoteImage(src: string): boolean {
  return REMOTE.test(src);
}
