// Reads a chosen file as text, reporting progress as it goes, so a 20 MB file shows its bar
// moving from the first moment instead of a frozen dialog.
export function readFileText(
  file: Blob,
  onProgress: (loaded: number, total: number) => void,
  signal: AbortSignal,
): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onprogress = (event) =>
      onProgress(event.loaded, event.lengthComputable ? event.total : file.size);
    reader.onload = () => resolve(typeof reader.result === 'string' ? reader.result : '');
    reader.onerror = () =>
      reject(new Error('The file could not be read. Check that it is still there and try again.'));
    reader.onabort = () => reject(new DOMException('Reading was cancelled.', 'AbortError'));
    signal.addEventListener('abort', () => reader.abort(), { once: true });
    reader.readAsText(file);
  });
}
