/** Logs each distinct error once, prefixed, and never throws: errors must not reach the page (issue #5). */
export function logOnce(prefix = "[Tidemark]"): (error: unknown) => void {
  const seen = new Set<string>();
  return (error) => {
    try {
      const key = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
      if (seen.has(key)) return;
      seen.add(key);
      console.warn(prefix, error);
    } catch {
      // Logging itself failed: nothing else to do.
    }
  };
}
