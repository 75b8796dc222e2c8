/** Reads a dropped file as base64, the form `importData` takes across the bridge. */
export function readDroppedFile(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = String(reader.result ?? '');
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.onerror = () => reject(new Error(`${file.name}: could not be read (${reader.error?.message ?? 'unknown error'})`));
    reader.readAsDataURL(file);
  });
}
