/**
 * "Copy with citation" (issue 5) through the browser's asynchronous clipboard only (issue 14, row 10).
 * `navigator.clipboard.writeText` fires no `copy` event, so no listener of the page can read or rewrite
 * what is copied. The old fallback (a textarea, a selection and `execCommand("copy")`) ran through the
 * page's clipboard events, and a page could force it by refusing the clipboard in its Permissions-Policy:
 * it is gone. When the browser refuses, the copy fails and the card says so.
 */

/** Why a copy failed: shown on the card, in the reader's language, by the caller. */
export class CopyRefused extends Error {
  constructor(cause: unknown) {
    super(`The browser refused to copy on this page (${cause instanceof Error ? cause.message : String(cause)}).`);
    this.name = "CopyRefused";
  }
}

/** Writes `text` to the clipboard with the Clipboard API; rejects with CopyRefused when that is not possible. */
export async function copyText(text: string, clipboard: Pick<Clipboard, "writeText"> | undefined = globalThis.navigator?.clipboard): Promise<void> {
  if (!clipboard?.writeText) throw new CopyRefused("no clipboard");
  try {
    await clipboard.writeText(text);
  } catch (error) {
    throw new CopyRefused(error);
  }
}
