/**
 * An uploaded SVG logo is turned into a PNG in the page (drawn from an <img>, where an SVG can run no
 * script and load nothing), and only the PNG is kept: the SVG's markup never reaches the database,
 * reports or handover documents. The longest side becomes `size` pixels.
 */
export async function rasteriseSvg(bytes: Uint8Array, size = 512): Promise<Uint8Array> {
  const url = URL.createObjectURL(new Blob([bytes.slice()], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const width = image.naturalWidth || size;
    const height = image.naturalHeight || size;
    const scale = size / Math.max(width, height);
    const canvas = document.createElement('canvas');
    canvas.width = Math.max(1, Math.round(width * scale));
    canvas.height = Math.max(1, Math.round(height * scale));
    const context = canvas.getContext('2d');
    if (!context) throw new Error('this computer cannot draw images');
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    const png = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    if (!png) throw new Error('the drawing could not be saved as PNG');
    return new Uint8Array(await png.arrayBuffer());
  } finally {
    URL.revokeObjectURL(url);
  }
}
