/** Saving a tool's export as a file, and copying text, through the browser. */

/** Saves text as a file through the browser's download (CSV for a spreadsheet, with its type). */
export function downloadFile(fileName: string, text: string, type = 'text/csv;charset=utf-8'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/**
 * Copies text to the clipboard; resolves false when the browser refuses (no permission, an old browser), so the
 * page can show the text selected for a manual copy instead.
 */
export async function copyText(text: string): Promise<boolean> {
  try {
    if (!navigator.clipboard) return false;
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/** Opens the browser's print dialog (the page's print styles lay out the sheet). */
export function printPage(): void {
  window.print();
}
