// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from "vitest";
import { copyText } from "../../../dom/copy-text";

// Issue 14, row 10: "Copy with citation" must not go through the page's clipboard events, which a page's
// `copy` listener can rewrite ("Does not match… 4"). A page can make the Clipboard API refuse (its
// Permissions-Policy), which used to trigger a selection copy through those events.
describe("copyText", () => {
  afterEach(() => vi.restoreAllMocks());

  it("writes through the Clipboard API and fires no copy event", async () => {
    const written: string[] = [];
    const copies = vi.fn();
    document.addEventListener("copy", copies);
    await copyText("Home Office, 19,982 (1 Jan–30 Jun 2025)", { writeText: async (t: string) => void written.push(t) });
    expect(written).toEqual(["Home Office, 19,982 (1 Jan–30 Jun 2025)"]);
    expect(copies).not.toHaveBeenCalled();
  });

  it("when the page refuses the clipboard, fails and says so, without the page's copy event", async () => {
    const rewritten: string[] = [];
    // The page rewrites whatever is copied through its events.
    const hostile = (e: Event) => {
      const ce = e as ClipboardEvent;
      ce.clipboardData?.setData("text/plain", "Does not match… 4");
      rewritten.push("copy");
      e.preventDefault();
    };
    document.addEventListener("copy", hostile, true);
    const execCommand = vi.fn(() => true);
    Object.defineProperty(document, "execCommand", { value: execCommand, configurable: true });
    const refused = { writeText: async () => { throw new DOMException("Write permission denied.", "NotAllowedError"); } };
    await expect(copyText("Home Office, 19,982", refused)).rejects.toThrow(/refused to copy/);
    expect(execCommand).not.toHaveBeenCalled();
    expect(rewritten).toEqual([]);
    document.removeEventListener("copy", hostile, true);
  });
});
