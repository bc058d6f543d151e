import type { UiLanguage } from "./format";

/**
 * Every fixed word of the options page, in English and French (issue 16). One table per page, like the
 * popup's and the popover's, so the reader's language choice switches the page at once (decision 0011).
 * French follows French typography: a no-break space before « : » and inside « », a narrow no-break
 * space before « ; ! ? », typographic apostrophes (tests/unit/i18n/french-typography.test.ts).
 * Messages written by the background or the data layer (feed errors, notices) stay as they are written.
 */
export interface OptionsStrings {
  title: string;
  lead: string;
  sectionsLabel: string;
  /** A colon between a label and its text ("Home Office: title"). */
  colon: string;
  nav: { sources: string; sites: string; appearance: string; privacy: string; backup: string; about: string };
  dismiss: string;
  errors: {
    feedListed: string;
    feedRefused: string;
    siteListed: (host: string) => string;
    siteRefused: (host: string) => string;
    everySiteRefused: string;
  };
  backup: {
    title: string;
    hint: string;
    export: string;
    import: string;
    exported: string;
    imported: string;
  };
  sources: {
    title: string;
    builtin: string;
    builtinHint: string;
    shownOf: (shown: number, total: number) => string;
    tiers: Record<string, string>;
    live: string;
    liveSwitch: string;
    howOften: string;
    interval: (hours: number) => string;
    refreshing: string;
    refreshNow: string;
    using: (origin: "govuk" | "bundled") => string;
    released: (date: string) => string;
    noData: string;
    lastFailed: string;
    stillUsed: string;
    status: (kind: "never" | "ok" | "failed", verb: "checked" | "fetched", ago: string) => string;
    feeds: string;
    feedsHint: string;
    feedAddress: string;
    checking: string;
    checkFeed: string;
    by: string;
    figuresFrom: (figures: number, sources: number) => string;
    more: (n: number) => string;
    saveFeed: string;
    cancel: string;
    savedFeeds: string;
    copyStillUsed: string;
    needsAccess: string;
    allowAccess: string;
    fetch: string;
    fetchNamed: (name: string) => string;
    remove: string;
    removeNamed: (name: string) => string;
  };
  sites: {
    title: string;
    builtin: string;
    added: string;
    none: string;
    withdrawn: string;
    allowAgain: string;
    remove: string;
    removeNamed: (host: string) => string;
    addSite: string;
    add: string;
    addHint: string;
    modeTitle: string;
    modeHint: string;
    allAutomatic: string;
    modeListLabel: string;
    modes: { auto: string; marks: string; ranges: string };
    everySite: string;
    everySiteSwitch: string;
  };
  appearance: {
    title: string;
    style: string;
    styles: { underline: string; background: string; outline: string };
    colour: string;
    palettes: { amber: string; teal: string; violet: string; rose: string };
    preview: string;
    sample: [string, string, string, string, string];
    theme: string;
    themes: { auto: string; light: string; dark: string };
    languageAndChecks: string;
    language: string;
    languages: { auto: string; en: string; fr: string };
    checkClaims: string;
  };
  privacy: {
    title: string;
    body: string;
    fetchesOnly: string;
    offNow: string;
    govuk: string;
    feedsFrom: string;
    noFeeds: string;
    noCookies: string;
  };
  about: {
    title: string;
    version: (version: string) => string;
    data: string;
    attributionLead: string;
    crown: string;
    shortcuts: string;
    newTab: string;
  };
}

const EN: OptionsStrings = {
  title: "Tidemark options",
  lead: "Verified figures on Channel small-boat crossings, where you read the news.",
  sectionsLabel: "Sections",
  colon: ": ",
  nav: { sources: "Sources", sites: "Sites", appearance: "Appearance and language", privacy: "Privacy", backup: "Export and import", about: "About" },
  dismiss: "Dismiss",
  errors: {
    feedListed: "This feed is already in your list.",
    feedRefused: "Tidemark was not allowed to fetch from that site.",
    siteListed: (host) => `${host} is already in the list.`,
    siteRefused: (host) => `Tidemark was not allowed on ${host}.`,
    everySiteRefused: "Tidemark was not allowed on every site.",
  },
  backup: {
    title: "Export and import settings",
    hint: "The file holds your settings, site list and feed addresses, not the data fetched.",
    export: "Export settings",
    import: "Import a settings file",
    exported: "Settings exported.",
    imported: "Settings imported. Feeds and sites from another browser may ask for access again.",
  },
  sources: {
    title: "Sources",
    builtin: "Built-in sources shown in popovers",
    builtinHint: "Grouped by how authoritative they are. Untick a source to leave its figures out of popovers.",
    shownOf: (shown, total) => `${shown} of ${total} shown`,
    tiers: {
      "official-statistics": "Official statistics",
      "official-operational": "Official operational data (provisional)",
      "parliamentary-record": "Parliamentary record",
      legislation: "Legislation",
      "international-organisation": "International organisation",
      ngo: "NGO",
      "press-report": "Press report",
    },
    live: "Live data from GOV.UK",
    liveSwitch: "Check GOV.UK for a newer Home Office release",
    howOften: "How often",
    interval: (h) => (h === 168 ? "Every week" : h === 24 ? "Every day" : `Every ${h} hours`),
    refreshing: "Refreshing…",
    refreshNow: "Refresh now",
    using: (origin) => `Using ${origin === "govuk" ? "GOV.UK" : "bundled"} data to `,
    released: (date) => ` (released ${date})`,
    noData: "No official data loaded yet. ",
    lastFailed: "Last refresh failed:",
    stillUsed: "The last good data is still used.",
    status: (kind, verb, ago) => (kind === "never" ? `Not ${verb} yet.` : kind === "ok" ? `Last ${verb} ${ago}.` : `Never ${verb} successfully.`),
    feeds: "Custom feeds",
    feedsHint:
      "A feed adds figures and sources written in the Tidemark feed format (described in the project's docs/feed-format.md). " +
      "Feeds are data only: they are checked and shown as text, never run. They cannot replace built-in sources.",
    feedAddress: "Feed address",
    checking: "Checking…",
    checkFeed: "Check feed",
    by: "by",
    figuresFrom: (f, s) => `${f} figure${f === 1 ? "" : "s"} from ${s} source${s === 1 ? "" : "s"}:`,
    more: (n) => `… and ${n} more`,
    saveFeed: "Save feed",
    cancel: "Cancel",
    savedFeeds: "Saved feeds",
    copyStillUsed: "The last good copy is still used.",
    needsAccess: "Tidemark needs your permission to fetch this feed.",
    allowAccess: "Allow access",
    fetch: "Fetch",
    fetchNamed: (name) => `Fetch ${name} now`,
    remove: "Remove",
    removeNamed: (name) => `Remove ${name}`,
  },
  sites: {
    title: "Sites",
    builtin: "Built-in UK and French news sites",
    added: "Sites you added",
    none: "None yet.",
    withdrawn: "Access to this site was withdrawn.",
    allowAgain: "Allow again",
    remove: "Remove",
    removeNamed: (host) => `Remove ${host}`,
    addSite: "Add a site",
    add: "Add",
    addHint: "Your browser asks you to allow Tidemark on that site (and its subdomains).",
    modeTitle: "Highlight mode",
    modeHint:
      "Automatic marks the text, except on pages a framework such as React or Next.js manages: there Tidemark paints " +
      "its highlights over the text and never changes the page. Choose a mode for the site you are on from the " +
      "toolbar popup; the sites where you chose one are listed here.",
    allAutomatic: "Every site is on Automatic.",
    modeListLabel: "Sites with a highlight mode",
    modes: { auto: "Automatic", marks: "Mark the text", ranges: "Don’t change the page" },
    everySite: "Every site",
    everySiteSwitch: "Run Tidemark on every website I visit (asks for access to all https sites; still nothing leaves your browser)",
  },
  appearance: {
    title: "Appearance and language",
    style: "Highlight style",
    styles: { underline: "Underline", background: "Background", outline: "Outline" },
    colour: "Highlight colour",
    palettes: { amber: "Amber", teal: "Teal", violet: "Violet", rose: "Rose" },
    preview: "Preview",
    sample: ["Preview: ", "More than 600 people", " crossed the Channel in ", "small boats", " on Tuesday, the Home Office said."],
    theme: "Theme",
    themes: { auto: "Follow the system", light: "Light", dark: "Dark" },
    languageAndChecks: "Language and checks",
    language: "Language of Tidemark's texts",
    languages: { auto: "Browser language", en: "English", fr: "Français" },
    checkClaims: "Check the article's numbers against the official data",
  },
  privacy: {
    title: "Privacy",
    body:
      "Tidemark reads news pages inside your browser. What it finds, the pages you visit and your settings never leave " +
      "your browser; there is no Tidemark server, no account and no analytics.",
    fetchesOnly: "It fetches only:",
    offNow: "(now off) ",
    govuk:
      "the Home Office publication's details from www.gov.uk and its spreadsheet from assets.publishing.service.gov.uk, " +
      "on the schedule you choose or when you press “Refresh now”;",
    feedsFrom: "the custom feeds you added, from ",
    noFeeds: "the custom feeds you add (none yet).",
    noCookies: "These requests carry no cookies and no information about the page you are reading.",
  },
  about: {
    title: "About",
    version: (v) => `Tidemark ${v}`,
    data:
      "The daily figures are the Home Office's “Migrants detected crossing the English Channel in small boats – time series”, " +
      "bundled with Tidemark and refreshed from GOV.UK when live data is on; every other figure names its own source in the popover.",
    attributionLead: "",
    crown: "© Crown copyright. Tidemark is not endorsed by the Home Office.",
    shortcuts: "Alt+Shift+J and Alt+Shift+K go to the next and previous highlight; your browser's shortcut settings can change them.",
    newTab: "(opens in a new tab)",
  },
};

const FR: OptionsStrings = {
  title: "Options de Tidemark",
  lead: "Les chiffres vérifiés des traversées de la Manche en small boats, là où vous lisez l’actualité.",
  sectionsLabel: "Sections",
  colon: " : ",
  nav: { sources: "Sources", sites: "Sites", appearance: "Apparence et langue", privacy: "Confidentialité", backup: "Export et import", about: "À propos" },
  dismiss: "Fermer",
  errors: {
    feedListed: "Ce flux figure déjà dans votre liste.",
    feedRefused: "Tidemark n’a pas été autorisé à lire ce site.",
    siteListed: (host) => `${host} figure déjà dans la liste.`,
    siteRefused: (host) => `Tidemark n’a pas été autorisé sur ${host}.`,
    everySiteRefused: "Tidemark n’a pas été autorisé sur tous les sites.",
  },
  backup: {
    title: "Exporter et importer les réglages",
    hint: "Le fichier contient vos réglages, votre liste de sites et l’adresse de vos flux, pas les données téléchargées.",
    export: "Exporter les réglages",
    import: "Importer un fichier de réglages",
    exported: "Réglages exportés.",
    imported: "Réglages importés. Les flux et les sites venus d’un autre navigateur peuvent redemander l’accès.",
  },
  sources: {
    title: "Sources",
    builtin: "Sources intégrées affichées dans les fiches",
    builtinHint: "Classées selon leur degré d’autorité. Décochez une source pour retirer ses chiffres des fiches.",
    shownOf: (shown, total) => `${shown} sur ${total} affichées`,
    tiers: {
      "official-statistics": "Statistiques officielles",
      "official-operational": "Données opérationnelles officielles (provisoires)",
      "parliamentary-record": "Parlement",
      legislation: "Législation",
      "international-organisation": "Organisation internationale",
      ngo: "Association ou ONG",
      "press-report": "Article de presse",
    },
    live: "Données à jour depuis GOV.UK",
    liveSwitch: "Chercher sur GOV.UK une publication plus récente du Home Office",
    howOften: "Fréquence",
    interval: (h) => (h === 168 ? "Chaque semaine" : h === 24 ? "Chaque jour" : `Toutes les ${h} heures`),
    refreshing: "Mise à jour…",
    refreshNow: "Mettre à jour",
    using: (origin) => `Données ${origin === "govuk" ? "de GOV.UK" : "intégrées"} jusqu’au `,
    released: (date) => ` (publiées le ${date})`,
    noData: "Aucune donnée officielle chargée. ",
    lastFailed: "La dernière mise à jour a échoué :",
    stillUsed: "Les dernières données valides restent utilisées.",
    status: (kind, verb, ago) => {
      const checked = verb === "checked";
      if (kind === "never") return checked ? "Pas encore vérifié." : "Pas encore téléchargé.";
      if (kind === "ok") return `${checked ? "Dernière vérification" : "Dernier téléchargement"} ${ago}.`;
      return checked ? "Jamais vérifié avec succès." : "Jamais téléchargé avec succès.";
    },
    feeds: "Flux personnalisés",
    feedsHint:
      "Un flux ajoute des chiffres et des sources écrits au format de flux Tidemark (décrit dans docs/feed-format.md du projet). " +
      "Un flux ne contient que des données : elles sont vérifiées et affichées comme du texte, jamais exécutées. Il ne peut pas remplacer les sources intégrées.",
    feedAddress: "Adresse du flux",
    checking: "Vérification…",
    checkFeed: "Vérifier le flux",
    by: "par",
    figuresFrom: (f, s) => `${f} chiffre${f > 1 ? "s" : ""} issu${f > 1 ? "s" : ""} de ${s} source${s > 1 ? "s" : ""} :`,
    more: (n) => `… et ${n} de plus`,
    saveFeed: "Enregistrer le flux",
    cancel: "Annuler",
    savedFeeds: "Flux enregistrés",
    copyStillUsed: "La dernière copie valide reste utilisée.",
    needsAccess: "Tidemark a besoin de votre autorisation pour télécharger ce flux.",
    allowAccess: "Autoriser l’accès",
    fetch: "Télécharger",
    fetchNamed: (name) => `Télécharger ${name} maintenant`,
    remove: "Retirer",
    removeNamed: (name) => `Retirer ${name}`,
  },
  sites: {
    title: "Sites",
    builtin: "Sites d’actualité britanniques et français intégrés",
    added: "Sites que vous avez ajoutés",
    none: "Aucun pour l’instant.",
    withdrawn: "L’accès à ce site a été retiré.",
    allowAgain: "Autoriser de nouveau",
    remove: "Retirer",
    removeNamed: (host) => `Retirer ${host}`,
    addSite: "Ajouter un site",
    add: "Ajouter",
    addHint: "Votre navigateur vous demande d’autoriser Tidemark sur ce site (et ses sous-domaines).",
    modeTitle: "Mode de surlignage",
    modeHint:
      "En mode automatique, Tidemark balise le texte, sauf sur les pages gérées par un framework comme React ou Next.js : " +
      "il y peint ses surlignages par-dessus le texte et ne modifie jamais la page. Choisissez le mode du site que vous " +
      "consultez depuis le bouton Tidemark de la barre d’outils ; les sites pour lesquels vous en avez choisi un sont listés ici.",
    allAutomatic: "Tous les sites sont en mode automatique.",
    modeListLabel: "Sites avec un mode de surlignage",
    modes: { auto: "Automatique", marks: "Baliser le texte", ranges: "Ne pas modifier la page" },
    everySite: "Tous les sites",
    everySiteSwitch:
      "Activer Tidemark sur tous les sites que je visite (demande l’accès à tous les sites https ; rien ne quitte pour autant votre navigateur)",
  },
  appearance: {
    title: "Apparence et langue",
    style: "Style du surlignage",
    styles: { underline: "Souligné", background: "Fond coloré", outline: "Encadré" },
    colour: "Couleur du surlignage",
    palettes: { amber: "Ambre", teal: "Bleu canard", violet: "Violet", rose: "Rose" },
    preview: "Aperçu",
    sample: ["Aperçu : ", "plus de 600 personnes", " ont traversé la Manche à bord de ", "small boats", " mardi, selon le Home Office."],
    theme: "Thème",
    themes: { auto: "Comme le système", light: "Clair", dark: "Sombre" },
    languageAndChecks: "Langue et vérifications",
    language: "Langue des textes de Tidemark",
    languages: { auto: "Langue du navigateur", en: "English", fr: "Français" },
    checkClaims: "Vérifier les chiffres de l’article à l’aide des données officielles",
  },
  privacy: {
    title: "Confidentialité",
    body:
      "Tidemark lit les pages d’actualité dans votre navigateur. Ce qu’il y trouve, les pages que vous visitez et vos réglages " +
      "ne quittent jamais votre navigateur : il n’y a ni serveur Tidemark, ni compte, ni mesure d’audience.",
    fetchesOnly: "Il ne télécharge que :",
    offNow: "(désactivé) ",
    govuk:
      "la fiche de la publication du Home Office sur www.gov.uk et son tableur sur assets.publishing.service.gov.uk, " +
      "au rythme que vous choisissez ou quand vous appuyez sur « Mettre à jour » ;",
    feedsFrom: "les flux personnalisés que vous avez ajoutés, depuis ",
    noFeeds: "les flux personnalisés que vous ajoutez (aucun pour l’instant).",
    noCookies: "Ces requêtes ne transmettent aucun cookie ni aucune information sur la page que vous lisez.",
  },
  about: {
    title: "À propos",
    version: (v) => `Tidemark ${v}`,
    data:
      "Les chiffres quotidiens sont ceux de la série du Home Office « Migrants detected crossing the English Channel in small boats – time series », " +
      "intégrée à Tidemark et mise à jour depuis GOV.UK quand les données à jour sont activées ; chaque autre chiffre indique sa propre source dans sa fiche.",
    attributionLead: "Mention exigée par la licence de ces données :",
    crown: "© Crown copyright. Tidemark n’est pas approuvé par le Home Office.",
    shortcuts: "Alt+Maj+J et Alt+Maj+K mènent au surlignage suivant et au précédent ; les réglages des raccourcis de votre navigateur permettent de les changer.",
    newTab: "(s’ouvre dans un nouvel onglet)",
  },
};

/** The options page's words in each interface language. */
export const OPTIONS_STRINGS: Record<UiLanguage, OptionsStrings> = { en: EN, fr: FR };
