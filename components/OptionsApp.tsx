/** The options page. */
export function OptionsApp() {
  return (
    <main class="options">
      <h1>Tidemark options</h1>
    </main>
  );
}
