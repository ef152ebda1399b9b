/**
 * Renders SVG text to a PNG Blob through an Image and a canvas (browser only); `width` and `height`
 * default to the SVG's own size, and `scale` 2 gives a sharp image on high-density screens.
 */
export async function svgToPng(svgText: string, width?: number, height?: number, scale = 2): Promise<Blob> {
  const image = new Image();
  // A data: URL keeps the canvas untainted, so toBlob is allowed.
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svgText)}`;
  await image.decode();
  const cssWidth = width ?? image.naturalWidth;
  const cssHeight = height ?? image.naturalHeight;
  if (!(cssWidth > 0 && cssHeight > 0)) throw new RangeError('svgToPng: the SVG has no size');
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(cssWidth * scale);
  canvas.height = Math.round(cssHeight * scale);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('svgToPng: no 2D canvas context');
  context.drawImage(image, 0, 0, canvas.width, canvas.height);
  return new Promise((resolve, reject) => {
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('svgToPng: encoding failed'))), 'image/png');
  });
}
