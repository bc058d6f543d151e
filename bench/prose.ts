import type { Rng } from "./prng";

/**
 * Plain, generic news prose for the benchmark pages, written for Tidemark (never copied from a
 * publisher). Three kinds of sentence:
 * - filler that contains no Tidemark term at all (checked by tests/unit/bench/pages.test.ts),
 * - mention sentences, each with exactly one mention phrase from issue 4's list,
 * - claim sentences: a figure next to a mention, the kind of statement issue 4 checks.
 */

const OFFICIALS = [
  "a government spokesperson", "the minister", "a senior official", "the council leader", "an opposition MP",
  "a union representative", "the chief executive", "a local councillor", "the committee chair", "a charity director",
];
const DAYS = ["on Monday", "on Tuesday", "on Wednesday", "on Thursday", "on Friday", "at the weekend", "last week", "this morning"];
const PLACES = [
  "Leeds", "Bristol", "Norwich", "Sheffield", "Cardiff", "Exeter", "Leicester", "Hull", "Brighton", "Derby",
  "Swindon", "Preston", "Ipswich", "Lincoln", "Reading", "York",
];

/** Sentences about local and national life with no Tidemark term (used on every page). */
const CIVIC = [
  "The council said the plan would be reviewed again before the end of the financial year.",
  "Residents who attended the meeting asked for clearer answers about when the work would start.",
  "{Official} told reporters {day} that the figures would be published in full next month.",
  "The report, which ran to more than a hundred pages, set out several options but recommended none of them.",
  "Officials in {place} said the new timetable had been drawn up after months of consultation.",
  "Several speakers said the proposals did not go far enough, while others warned about the cost.",
  "The committee is expected to return to the question when it meets again in the spring.",
  "{Official} said {day} that lessons had been learned and that the process would be simpler in future.",
  "Critics said the announcement repeated promises that had already been made twice before.",
  "A spokesperson declined to comment on the details but said talks were continuing.",
  "Local businesses in {place} said they had not been consulted before the decision was taken.",
  "The figures will be updated every quarter, and the first full review is due next year.",
  "Campaigners gathered outside the town hall in {place} before the vote, holding handwritten signs.",
  "The department said it would respond formally once it had studied the recommendations.",
  "Opposition members called for an independent inquiry and for the minutes to be made public.",
  "{Official} described the outcome as disappointing but said the work would go on.",
  "The scheme will be paid for from existing budgets, according to the documents released {day}.",
  "Most of those who responded to the survey said they wanted more information, not less.",
  "The changes are due to take effect from April, subject to a final vote.",
  "Staff were told about the plans at a meeting {day}, according to two people who were there.",
  "In {place}, the reaction was mixed: some welcomed the news, others said it came too late.",
  "The watchdog said the service had improved since its last inspection but remained under pressure.",
  "{Official} said the decision had been difficult and had not been taken lightly.",
  "Further details are expected to be set out in a written statement to Parliament.",
  "The review found that the guidance had been applied unevenly from one area to another.",
  "Hospitals in {place} reported longer waits over the winter than in the previous year.",
  "Train operators said engineering work would disrupt services on several routes over the holiday.",
  "Forecasters said the weather would stay unsettled for the rest of the week, with heavy rain in the west.",
  "Schools in {place} will receive extra funding for repairs under the new settlement.",
  "The festival organisers said ticket sales were ahead of last year despite the rain.",
  "Energy suppliers were asked to explain why some customers had been sent incorrect bills.",
  "The match in {place} ended in a draw after a late equaliser in the final minute.",
  "The library will reopen in the summer after a refurbishment that took longer than planned.",
  "Bus routes in {place} are being redrawn after a long consultation with passengers.",
  "The inquiry heard evidence from more than a dozen witnesses over three days.",
  "Housing associations said the new rules would make it harder to plan ahead.",
];

/** Filler about the politics around the subject, still without any Tidemark term. */
const POLICY = [
  "Ministers have repeatedly said that the system needs to be faster and fairer.",
  "{Official} said {day} that the government would set out its plans in the coming weeks.",
  "The opposition accused the government of making promises it could not keep.",
  "Charities said people arriving with nothing needed shelter and legal advice first of all.",
  "The Home Secretary is expected to face questions from MPs when the Commons returns.",
  "Officials said the backlog of cases had fallen, although it remained far above the level of five years ago.",
  "Police in the north of the country said the investigation was at an early stage.",
  "Several Conservative and Labour MPs said the policy would be judged on results, not announcements.",
  "The government has said it will publish more detailed statistics from next year.",
  "A charity working on the coast said volunteers had handed out blankets and hot drinks overnight.",
  "Aid workers said conditions in the camps had worsened as the weather turned colder.",
  "The Prime Minister said the government would not be deflected from its plan.",
  "Lawyers for the charities said they would study the legislation before deciding whether to challenge it.",
  "{Official} said the cooperation between the two governments was closer than it had ever been.",
];

/** Sentences with exactly one mention phrase (issue 4's English list), for pages 1, 2 and 4. */
const MENTIONS = [
  "The number of people arriving in small boats has become a test of the government's promises.",
  "{Official} said {day} that small-boat arrivals had fallen during the stormy weeks of autumn.",
  "Groups of migrants were seen crossing the Channel in calm weather at first light.",
  "People smugglers charge thousands of pounds for a place in an overcrowded inflatable, the report said.",
  "Smuggling gangs have moved their launch points further along the coast, officials said.",
  "Border Force vessels brought several groups ashore during the morning.",
  "The Border Security Command was set up to coordinate work against the networks.",
  "Under the one in, one out pilot, some arrivals are to be returned to France.",
  "The Rwanda scheme was scrapped shortly after the general election.",
  "The Border Security, Asylum and Immigration Act gives officers new powers to seize phones.",
  "The Sandhurst Treaty committed both governments to closer cooperation on the coast.",
  "The French coastguard said it had been called out several times overnight.",
  "The maritime prefecture said the sea had been calm enough for launches all night.",
  "Taxi boats pick people up from the water rather than from the beach, officers said.",
  "{Official} said {day} that Channel migrants were being housed in hotels while their claims were heard.",
  "Charities said the small boat crossings would continue for as long as there were no safe routes.",
];

/** Claim sentences: a checkable figure next to a mention (pages 1 and 4). */
const CLAIMS = [
  "Nearly 20,000 people crossed the Channel in small boats between January and June, according to Home Office figures.",
  "More than 41,000 people made the journey in small boats last year, the highest number since records began in 2018.",
  "On a single day in May, 1,195 people arrived in small boats, the Home Office said.",
  "An average of 61 people were crammed into each small boat this year, up from 53 last year.",
  "At least 78 people died trying to reach the UK in small boats last year, according to the charity's count.",
  "Small-boat arrivals are up 48% on the same point last year, the figures show.",
  "The UK agreed to pay France £476m over three years to stop small boats leaving its beaches.",
  "Only around 100 people have been returned to France under the one in, one out pilot so far, officials said.",
];

/**
 * Figure sentences for the figure-heavy live blog (issue 15): a count next to exactly one mention, the
 * way a live blog reports a day on the coast. {n} and {k} are filled with figures by the PRNG.
 */
const FIGURES = [
  "{n} people were brought ashore at Dover after crossing in small boats, the Home Office said.",
  "Officials counted {n} people on {k} small boats by midday.",
  "The French coastguard said it had followed {k} boats carrying {n} people overnight.",
  "{n} people crossed the Channel {day}, according to the latest figures.",
  "Border Force vessels picked up {n} people from {k} boats during the morning.",
  "Small-boat arrivals reached {n} {day}, officials said.",
  "A further {n} people arrived in small boats, bringing the total for the week to {big}.",
  "The maritime prefecture said {n} people had been rescued from {k} boats in difficulty.",
];

/** A sentence stating a figure next to one mention (the figure-heavy live blog). */
export function figureSentence(rng: Rng): string {
  return capitalise(fill(rng.pick(FIGURES), rng)
    .replace("{n}", String(rng.int(12, 480)))
    .replace("{k}", String(rng.int(2, 9)))
    .replace("{big}", rng.int(1, 4).toLocaleString("en-GB") + "," + String(rng.int(100, 999))));
}

const FILL_TAGS: Record<string, (rng: Rng) => string> = {
  "{Official}": (rng) => capitalise(rng.pick(OFFICIALS)),
  "{day}": (rng) => rng.pick(DAYS),
  "{place}": (rng) => rng.pick(PLACES),
};

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function fill(template: string, rng: Rng): string {
  return template.replace(/\{Official\}|\{day\}|\{place\}/g, (tag) => FILL_TAGS[tag]!(rng));
}

/** A filler sentence with no Tidemark term; `policy` adds sentences about the politics of the subject. */
export function fillerSentence(rng: Rng, policy: boolean): string {
  return fill(policy && rng.next() < 0.4 ? rng.pick(POLICY) : rng.pick(CIVIC), rng);
}

/** A paragraph of `count` filler sentences. */
export function fillerParagraph(rng: Rng, count: number, policy: boolean): string {
  return Array.from({ length: count }, () => fillerSentence(rng, policy)).join(" ");
}

/** A sentence with exactly one mention phrase. */
export function mentionSentence(rng: Rng): string {
  return fill(rng.pick(MENTIONS), rng);
}

/** The i-th claim sentence (there are eight). */
export function claimSentence(i: number): string {
  return CLAIMS[i % CLAIMS.length]!;
}

/** How many distinct claim sentences there are. */
export const CLAIM_COUNT = CLAIMS.length;

/** A headline for a live-blog entry without any Tidemark term. */
export function fillerHeadline(rng: Rng): string {
  return rng.pick([
    "Council confirms new timetable", "Vote delayed until next week", "Minister answers questions",
    "Weather warning extended", "Review findings published", "Rail works announced", "Talks continue",
    "Budget details released", "Inspection report out", "Reaction from the town hall", "What we know so far",
  ]);
}

/** Every sentence template, for tests that check the term-free ones really are term-free. */
export const TEMPLATES = { CIVIC, POLICY, MENTIONS, CLAIMS, FIGURES, OFFICIALS, PLACES, DAYS } as const;
