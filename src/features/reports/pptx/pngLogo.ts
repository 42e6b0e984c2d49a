/**
 * PowerPoint readers handle PNG everywhere but SVG only in recent versions, and pptxgenjs cannot embed a
 * data-URL SVG in the browser: draw the logo onto a canvas and embed it as a PNG.
 */
export async function logoAsPng(dataUrl: string | null, size = 256): Promise<string | null> {
  if (!dataUrl) return null;
  const image = new Image();
  image.src = dataUrl;
  try {
    await image.decode();
  } catch {
    return null;
  }
  const scale = Math.min(size / (image.naturalWidth || size), size / (image.naturalHeight || size));
  const canvas = document.createElement('canvas');
  canvas.width = Math.round((image.naturalWidth || size) * scale);
  canvas.height = Math.round((image.naturalHeight || size) * scale);
  canvas.getContext('2d')!.drawImage(image, 0, 0, canvas.width, canvas.height);
  return canvas.toDataURL('image/png').replace(/^data:/, '');
}
