/** Props of the toolbar popup: pure render, callbacks for every action. */
export interface PopupViewProps {
  enabled: boolean;
  onToggle: (next: boolean) => void;
}

/** The toolbar popup's view. */
export function PopupView({ enabled, onToggle }: PopupViewProps) {
  return (
    <main class="popup">
      <h1>Tidemark</h1>
      <label>
        <input type="checkbox" role="switch" checked={enabled} onChange={(e) => onToggle(e.currentTarget.checked)} />
        Highlight Channel crossing figures
      </label>
    </main>
  );
}
