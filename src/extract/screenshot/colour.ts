// Colour arithmetic on raw RGB pixels, kept tiny and allocation-free: segmentation calls it per pixel.
export type Rgb = readonly [number, number, number];

export function hex(s: string): Rgb {
  const n = parseInt(s.replace('#', ''), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

/** Largest per-channel difference: "the same flat colour" survives JPEG noise at a small tolerance. */
export function distance(a: Rgb, b: Rgb): number {
  return Math.max(Math.abs(a[0] - b[0]), Math.abs(a[1] - b[1]), Math.abs(a[2] - b[2]));
}

export function luminance(c: Rgb): number {
  return 0.299 * c[0] + 0.587 * c[1] + 0.114 * c[2];
}

export function pixelAt(data: Buffer, width: number, x: number, y: number): Rgb {
  const o = (y * width + x) * 3;
  return [data[o]!, data[o + 1]!, data[o + 2]!];
}

export function near(data: Buffer, o: number, c: Rgb, tol: number): boolean {
  return (
    Math.abs(data[o]! - c[0]) <= tol && Math.abs(data[o + 1]! - c[1]) <= tol && Math.abs(data[o + 2]! - c[2]) <= tol
  );
}
