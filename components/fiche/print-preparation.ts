/**
 * Parts of a page loaded on demand that a printed copy must still carry (the
 * report's text of a fiche, issue 8): each registers how to load itself, and
 * the print button waits for them (bounded) before opening the print dialog.
 */
const preparations = new Set<() => Promise<void>>();

export function registerPrintPreparation(prepare: () => Promise<void>): () => void {
  preparations.add(prepare);
  return () => preparations.delete(prepare);
}

export async function prepareForPrint(timeoutMs = 5000): Promise<void> {
  const all = Promise.all([...preparations].map((prepare) => prepare().catch(() => undefined)));
  await Promise.race([all, new Promise((resolve) => setTimeout(resolve, timeoutMs))]);
}
