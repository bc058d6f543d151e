import { beforeEach, describe, expect, it, vi } from "vitest";
import { fakeBrowser } from "wxt/testing/fake-browser";
import * as verdicts from "../../../core/detect/verdicts";
import { parseCheck, parseClaim } from "../../../platform/claim-schemas";
import { pageHandlers } from "../../../platform/page-handlers";
import type { MessageSender } from "../../../platform/messages";

// Issue 13: claims and checks are valibot-checked at the message boundary, and a popover is built from
// the check the page already has: opening it never checks the claim again.
const claim = {
  start: 0, end: 21, text: "281 people returned", number: { start: 0, end: 3, text: "281" },
  metric: "returns", value: 281, approx: "exact", round: false, period: null,
};

describe("claim schemas", () => {
  it("accept a claim from the detector, and pass through fields the core adds later", () => {
    expect(parseClaim(claim)).toMatchObject({ metric: "returns", value: 281 });
    expect(parseClaim({ ...claim, futureField: 1 })).not.toBeNull();
  });

  it.each<[string, unknown]>([
    ["no metric", { ...claim, metric: undefined }],
    ["an unknown metric", { ...claim, metric: "weather" }],
    ["a value that is not a number", { ...claim, value: "281" }],
    ["a non-finite value", { ...claim, value: Infinity }],
    ["a string", "281"],
  ])("reject %s", (_name, input) => expect(parseClaim(input)).toBeNull());

  it("accept a check with one of the five verdicts and reject anything else", () => {
    expect(parseCheck({ verdict: "disputed", explanation: "x", sources: [] })).not.toBeNull();
    expect(parseCheck({ verdict: "could not be checked", explanation: "x" })).toBeNull();
    expect(parseCheck({ verdict: "matches", explanation: "x", extra: 1 })).toBeNull();
  });
});

// The sender a page request comes with (a tab's top frame; background-main.ts checks it before this).
const fromTab = { id: "tidemark", tab: { id: 7 }, frameId: 0 } as unknown as MessageSender;

describe("page handlers", () => {
  beforeEach(() => fakeBrowser.reset());

  it("checkClaims returns each claim's whole check; a malformed claim is unverifiable with a sentence", async () => {
    const answer = await pageHandlers.checkClaims({
      published: "2026-01-28", language: "en",
      claims: [{ id: "c1", text: "281 people returned", claim }, { id: "c2", text: "x", claim: { metric: "nope" } }],
    }, fromTab);
    expect(answer.checks.c1).toMatchObject({ verdict: "matches", official: { value: 281 } });
    expect(answer.checks.c2).toMatchObject({ verdict: "unverifiable", explanation: "This figure could not be read." });
  });

  it("getCard builds the claim from the check it is given, without checking again", async () => {
    const spy = vi.spyOn(verdicts, "checkClaim");
    const card = await pageHandlers.getCard({
      published: "2026-01-28", language: "en", topic: "returns-deal",
      claim: { id: "c1", text: "281 people returned", check: { verdict: "differs", explanation: "As the page was told." } },
    }, fromTab);
    expect(spy).not.toHaveBeenCalled();
    expect(card.claim).toMatchObject({ verdict: "differs", explanation: "As the page was told.", verdictLabel: "Does not match the official figures" });
    spy.mockRestore();
  });

  it("getCard drops a check that is not one, and still shows the topic", async () => {
    const card = await pageHandlers.getCard({
      published: "2026-01-28", language: "en", topic: "returns-deal",
      claim: { id: "c1", text: "x", check: { verdict: "wrong" } as unknown as verdicts.ClaimCheck },
    }, fromTab);
    expect(card.claim).toBeUndefined();
    expect(card.figures.length).toBeGreaterThan(0);
  });
});
