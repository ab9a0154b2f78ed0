/**
 * SVG pictures (the Gantt, the report slide) as PNG bytes: the SVG is drawn through an <img>, so
 * it runs no script and fetches nothing, onto a canvas filled with the picture's own ground (its
 * theme's surface). A pixel the picture only partly covers, at an anti-aliased edge or anywhere
 * left see-through, then blends into that ground, never into a white underlay a dark picture would
 * show.
 */

/** The canvas's size in px for the picture's own (CSS px) size. */
export type RasterSize = (picture: { readonly width: number; readonly height: number }) => { readonly width: number; readonly height: number };

export async function svgToPng(svg: string, background: string, sizeFor: RasterSize, doc: Document = document): Promise<Uint8Array> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const size = sizeFor({ width: image.width, height: image.height });
    const canvas = doc.createElement('canvas');
    canvas.width = Math.max(1, Math.floor(size.width));
    canvas.height = Math.max(1, Math.floor(size.height));
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('no 2D canvas');
    ctx.fillStyle = background;
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    ctx.drawImage(image, 0, 0, canvas.width, canvas.height);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    if (!blob) throw new Error('the image could not be encoded');
    return new Uint8Array(await blob.arrayBuffer());
  } finally {
    URL.revokeObjectURL(url);
  }
}
