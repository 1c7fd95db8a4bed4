/**
 * Offers a file to the reader as a download: a blob URL on a link with `download`, clicked, and
 * revoked once the browser has taken it.
 */
export function saveFile(name: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  // The download has started from the URL by the next task; a minute leaves slow disks room.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
