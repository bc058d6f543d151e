/** News sites Tidemark runs on by default, as host names (subdomains included). */
export const DEFAULT_NEWS_SITES: readonly string[] = [
  "bbc.co.uk", "bbc.com", "theguardian.com", "independent.co.uk", "telegraph.co.uk", "thetimes.com",
  "thetimes.co.uk", "news.sky.com", "itv.com", "dailymail.co.uk", "express.co.uk", "mirror.co.uk",
  "standard.co.uk", "inews.co.uk", "gbnews.com", "reuters.com", "apnews.com", "politico.eu", "ft.com",
  "lemonde.fr", "lefigaro.fr", "liberation.fr", "francetvinfo.fr", "ouest-france.fr", "lavoixdunord.fr",
  "20minutes.fr", "bfmtv.com", "france24.com", "infomigrants.net", "euronews.com",
];

/** Loopback patterns used only by the e2e/demo build; they match any port. */
export const LOOPBACK_MATCHES: readonly string[] = ["http://127.0.0.1/*", "http://localhost/*"];

/** Match patterns for one host name and its subdomains. */
export function hostMatchPatterns(host: string): string[] {
  return [`https://${host}/*`, `https://*.${host}/*`];
}

/** The content script's static match patterns; loopback only in the e2e build. */
export function contentScriptMatches(e2e: boolean): string[] {
  const sites = DEFAULT_NEWS_SITES.flatMap(hostMatchPatterns);
  return e2e ? [...sites, ...LOOPBACK_MATCHES] : sites;
}
