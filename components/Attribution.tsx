/**
 * The Open Government Licence v3.0 asks whoever shows OGL information to carry its attribution statement
 * and, where possible, a link to the licence (https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/,
 * "Attribution"). The Home Office series and other GOV.UK sources are published under it (issue 16).
 */
export const OGL = {
  name: "Open Government Licence v3.0",
  statement: "Contains public sector information licensed under the Open Government Licence v3.0.",
  url: "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/",
} as const;

/** True when one of these sources is published under the OGL, so the statement must be shown with it. */
export function usesOgl(sources: readonly { licence?: string }[]): boolean {
  return sources.some((s) => s.licence === OGL.name);
}

export interface OglAttributionProps {
  /** Classes of the paragraph, from the page or popover it sits in. */
  className?: string;
  /** The link's "(opens in a new tab)" hint for screen readers, in the interface's language. */
  newTabHint?: { lang: string; text: string };
}

/**
 * The attribution statement word for word, with the licence's name linked to the licence. It stays in
 * English in both interfaces (marked `lang="en"`): it is the wording the licence specifies.
 */
export function OglAttribution({ className, newTabHint }: OglAttributionProps) {
  const [before] = OGL.statement.split(OGL.name);
  return (
    <p class={className} lang="en" data-testid="ogl-attribution">
      {before}
      <a href={OGL.url} target="_blank" rel="noopener noreferrer">
        {OGL.name}
        {newTabHint && <span class="tm-visually-hidden visually-hidden" lang={newTabHint.lang}> {newTabHint.text}</span>}
      </a>
      .
    </p>
  );
}
