/** Saves text as a file through the browser's download (no server involved). */
export function downloadText(text: string, filename: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export type SaveOutcome = { ok: true; filename: string } | { ok: false; filename: string; reason: string };

/**
 * Makes a file and hands it to the browser, reporting what happened as a value, so the caller can
 * say it: an export that fails (a stop without a point, a full disk) is never silent.
 * @example saveText(() => toGpx(route), 'walk.gpx', 'application/gpx+xml') // { ok: true, filename: 'walk.gpx' }
 */
export function saveText(make: () => string, filename: string, type: string): SaveOutcome {
  try {
    downloadText(make(), filename, type);
    return { ok: true, filename };
  } catch (err) {
    return { ok: false, filename, reason: err instanceof Error ? err.message : String(err) };
  }
}
