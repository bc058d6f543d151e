/**
 * The store listing's words (issue 16), in English and French. The facts in them are passed in, read from
 * the project (the site list, the bundled release, the manifest's texts), so the listing cannot drift from
 * what the extension does. French follows French typography (tests/unit/store/store-texts.test.ts).
 */
export interface ListingFacts {
  /** The manifest's name and description in this language (public/_locales). */
  name: string;
  summary: string;
  /** How many news sites are built in, and a few of them. */
  siteCount: number;
  /** Release date and last day of the bundled Home Office series, already formatted in this language. */
  released: string;
  asOf: string;
}

export interface Listing {
  name: string;
  /** Chrome Web Store: the manifest's description. AMO: the summary (250 characters at most). */
  summary: string;
  /** The long description, plain text with "•" lists (both stores take plain text). */
  description: string;
}

/** The English listing. */
export function listingEn(f: ListingFacts): Listing {
  return {
    name: f.name,
    summary: f.summary,
    description: `Tidemark is for people who read the news about people crossing the English Channel in small boats. On UK and French news sites it highlights each mention of the crossings and, when you hover over one, focus it or tap it, shows the official figures behind the story, with their source and date.

What you get
• Highlights inside the article text, on relevant pages only, in English and French articles. Look-alikes such as Channel 4, Eurostar, Channel swims, the Channel Islands or la Manche the French département are left alone.
• The article's own numbers checked: "nearly 20,000 people crossed between January and June" gets a verdict (matches, close, differs, sources disagree, or cannot be checked) against the official data as it stood when the article was written.
• A card with the Home Office's count for the period the article talks about, as of the article's date and as of today, a chart, what the figures count and what they leave out, background on the policies named, and every source with its publisher, date and link. "Copy with citation" copies a figure with its source.
• Pages that frameworks such as React or Next.js manage are never changed: there the highlights are painted over the text.
• Keyboard: Alt+Shift+J and Alt+Shift+K go to the next and previous highlight and open its card.
• Toolbar popup: turn Tidemark on or off, everywhere or for one site, and see what it found on the page.
• Options: sources by how authoritative they are, live refresh from GOV.UK, your own JSON feeds, sites, look, light or dark theme, English or French, export and import of your settings.

Where the figures come from
The daily figures are the Home Office's "Migrants detected crossing the English Channel in small boats – time series", bundled with Tidemark (release of ${f.released}, data to ${f.asOf}) and refreshed from GOV.UK when live refresh is on. Every other figure names its original source, its period and its date. Contains public sector information licensed under the Open Government Licence v3.0.

Privacy
Nothing about your browsing leaves your browser: no account, no analytics, no Tidemark server. Tidemark downloads only the Home Office publication from GOV.UK (when live refresh is on) and the feeds you add.

Tidemark runs on ${f.siteCount} UK and French news sites out of the box, among them BBC News, The Guardian, Le Monde and Le Figaro; you can add others in the options.`,
  };
}

/** The French listing. */
export function listingFr(f: ListingFacts): Listing {
  return {
    name: f.name,
    summary: f.summary,
    description: `Tidemark s’adresse à celles et ceux qui lisent l’actualité des traversées de la Manche en small boats. Sur les sites d’information britanniques et français, il surligne chaque mention de ces traversées et, quand vous la survolez, la sélectionnez au clavier ou la touchez, affiche les chiffres officiels qui s’y rapportent, avec leur source et leur date.

Ce que vous obtenez
• Des surlignages dans le texte de l’article seulement, sur les pages qui traitent du sujet, en français comme en anglais. Les faux amis (Channel 4, l’Eurostar, la traversée de la Manche à la nage, les îles Anglo-Normandes, le département de la Manche) sont laissés de côté.
• Les chiffres de l’article vérifiés : « près de 20 000 personnes ont traversé entre janvier et juin » reçoit un verdict (conforme, proche, différent, sources divergentes ou invérifiable) au regard des données officielles telles qu’elles étaient au moment où l’article a été écrit.
• Une fiche avec le décompte du Home Office pour la période dont parle l’article, à la date de l’article et à ce jour, un graphique, ce que comptent les chiffres et ce qu’ils laissent de côté, le contexte des politiques citées, et chaque source avec son éditeur, sa date et son lien. « Copier avec la source » copie un chiffre avec sa source.
• Les pages gérées par un framework comme React ou Next.js ne sont jamais modifiées : les surlignages y sont peints par-dessus le texte.
• Au clavier : Alt+Maj+J et Alt+Maj+K mènent au surlignage suivant ou précédent et ouvrent sa fiche.
• Bouton de la barre d’outils : activez ou désactivez Tidemark, partout ou sur un site, et voyez ce qu’il a trouvé sur la page.
• Options : sources classées selon leur degré d’autorité, mise à jour depuis GOV.UK, vos propres flux JSON, sites, apparence, thème clair ou sombre, français ou anglais, export et import de vos réglages.

D’où viennent les chiffres
Les chiffres quotidiens sont ceux de la série du Home Office « Migrants detected crossing the English Channel in small boats – time series », intégrée à Tidemark (publication du ${f.released}, données jusqu’au ${f.asOf}) et mise à jour depuis GOV.UK quand la mise à jour est activée. Chaque autre chiffre indique sa source d’origine, sa période et sa date. Les données du Home Office sont publiées sous licence Open Government Licence v3.0 (« Contains public sector information licensed under the Open Government Licence v3.0 »).

Confidentialité
Rien de votre navigation ne quitte votre navigateur : ni compte, ni mesure d’audience, ni serveur Tidemark. Tidemark ne télécharge que la publication du Home Office sur GOV.UK (quand la mise à jour est activée) et les flux que vous ajoutez.

Tidemark fonctionne d’emblée sur ${f.siteCount} sites d’information britanniques et français, dont Le Monde, Le Figaro, BBC News et The Guardian ; vous pouvez en ajouter d’autres dans les options.`,
  };
}
