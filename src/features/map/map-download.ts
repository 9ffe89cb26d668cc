// Turning an exported SVG into a file the reader keeps: SVG as is, PNG by drawing the SVG on
// a canvas at the screen's pixel ratio. Browsers refuse canvases past about 16k pixels a side
// or 268M pixels in all (less on phones), so a huge map is scaled down to fit and the reader is
// told by how much.
export const MAX_CANVAS_SIDE = 16_384;
export const MAX_CANVAS_AREA = 64_000_000;

export interface PngPlan {
  width: number;
  height: number;
  /** Pixels per SVG unit actually used. */
  scale: number;
  /** True when the wanted pixel ratio did not fit and the image was scaled down. */
  capped: boolean;
}

export function planPng(width: number, height: number, pixelRatio: number): PngPlan {
  const bySide = MAX_CANVAS_SIDE / Math.max(width, height);
  const byArea = Math.sqrt(MAX_CANVAS_AREA / Math.max(1, width * height));
  const scale = Math.min(pixelRatio, bySide, byArea);
  return {
    width: Math.max(1, Math.floor(width * scale)),
    height: Math.max(1, Math.floor(height * scale)),
    scale,
    capped: scale < pixelRatio,
  };
}

export function svgBlob(svg: string): Blob {
  return new Blob([svg], { type: 'image/svg+xml;charset=utf-8' });
}

function svgSize(svg: string): { width: number; height: number } {
  const width = Number(/width="(\d+)"/.exec(svg)?.[1] ?? 0);
  const height = Number(/height="(\d+)"/.exec(svg)?.[1] ?? 0);
  return { width, height };
}

/** Draws the SVG on a canvas and resolves to a PNG blob and the plan used. */
export async function pngFromSvg(
  svg: string,
  pixelRatio: number,
): Promise<{ blob: Blob; plan: PngPlan }> {
  const { width, height } = svgSize(svg);
  const plan = planPng(width, height, pixelRatio);
  const url = URL.createObjectURL(svgBlob(svg));
  try {
    const image = new Image();
    image.decoding = 'async';
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = plan.width;
    canvas.height = plan.height;
    const context = canvas.getContext('2d');
    if (!context) throw new Error('This browser cannot draw the map to an image.');
    context.drawImage(image, 0, 0, plan.width, plan.height);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    if (!blob) throw new Error('The map is too large for this browser to turn into a PNG.');
    return { blob, plan };
  } finally {
    URL.revokeObjectURL(url);
  }
}
