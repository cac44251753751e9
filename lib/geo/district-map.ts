// Turns the district outlines (GeoJSON, lon/lat) into SVG paths for the statistics map. Pure, so
// the server draws the map (no map library, no client JavaScript) and tests can check the geometry.

type Ring = [number, number][];
export interface DistrictFeature {
  properties: { code: string; name: string };
  geometry: { type: 'Polygon'; coordinates: Ring[] } | { type: 'MultiPolygon'; coordinates: Ring[][] };
}
export interface DistrictCollection {
  features: DistrictFeature[];
}

export interface MapShape {
  code: string;
  name: string;
  /** SVG path data in the map's pixel space. */
  path: string;
  /** Where a label or marker sits: the centre of the shape's bounding box. */
  cx: number;
  cy: number;
}

export interface DistrictMap {
  width: number;
  height: number;
  shapes: MapShape[];
  /** The box Lý Sơn is drawn in, enlarged: the island is too small and too far off the coast. */
  inset: { code: string; x: number; y: number; width: number; height: number } | null;
}

interface Box {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

function polygonsOf(f: DistrictFeature): Ring[][] {
  return f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
}

// Equirectangular with longitudes shrunk by cos(latitude): at 15° N over ~100 km this is as
// good as any conformal projection, and it keeps the arithmetic testable by hand.
function project([lon, lat]: [number, number], k: number): [number, number] {
  return [lon * k, -lat];
}

function boxOf(features: DistrictFeature[], k: number): Box {
  const box = { minX: Infinity, minY: Infinity, maxX: -Infinity, maxY: -Infinity };
  for (const f of features)
    for (const polygon of polygonsOf(f))
      for (const ring of polygon)
        for (const point of ring) {
          const [x, y] = project(point, k);
          box.minX = Math.min(box.minX, x);
          box.maxX = Math.max(box.maxX, x);
          box.minY = Math.min(box.minY, y);
          box.maxY = Math.max(box.maxY, y);
        }
  return box;
}

const round = (n: number) => Math.round(n * 10) / 10;

function shapeOf(f: DistrictFeature, k: number, box: Box, scale: number, dx: number, dy: number): MapShape {
  const toPx = (p: [number, number]) => {
    const [x, y] = project(p, k);
    return [round(dx + (x - box.minX) * scale), round(dy + (y - box.minY) * scale)] as const;
  };
  const path = polygonsOf(f)
    .flatMap((polygon) => polygon.map((ring) => `M${ring.map((p) => toPx(p).join(',')).join('L')}Z`))
    .join('');
  const own = boxOf([f], k);
  return {
    code: f.properties.code,
    name: f.properties.name,
    path,
    cx: round(dx + ((own.minX + own.maxX) / 2 - box.minX) * scale),
    cy: round(dy + ((own.minY + own.maxY) / 2 - box.minY) * scale),
  };
}

/**
 * Fits the mainland districts into `width` pixels (height follows the shape) and draws the
 * `insetCode` district, if present, enlarged in a box in the top-right corner: the mainland is
 * narrowed by part of the box's width so the box sits on the sea, where the island really lies.
 */
export function buildDistrictMap(collection: DistrictCollection, { width = 360, insetCode = '536', padding = 4, insetSize = 0.2 } = {}): DistrictMap {
  const all = collection.features;
  const midLat = all.length ? (boxOf(all, 1).minY + boxOf(all, 1).maxY) / -2 : 15;
  const k = Math.cos((midLat * Math.PI) / 180);
  const mainland = all.filter((f) => f.properties.code !== insetCode);
  const island = all.find((f) => f.properties.code === insetCode);
  const box = boxOf(mainland, k);
  const side = island ? Math.round(width * insetSize) : 0;
  const scale = (width - 2 * padding - side / 2) / (box.maxX - box.minX || 1);
  const height = Math.ceil((box.maxY - box.minY) * scale + 2 * padding);
  const shapes = mainland.map((f) => shapeOf(f, k, box, scale, padding, padding));
  if (!island) return { width, height, shapes, inset: null };

  const inset = { code: insetCode, x: width - side - padding, y: padding, width: side, height: side };
  const ibox = boxOf([island], k);
  const iscale = (side - 24) / Math.max(ibox.maxX - ibox.minX, ibox.maxY - ibox.minY);
  const ix = inset.x + (side - (ibox.maxX - ibox.minX) * iscale) / 2;
  // A little above centre, leaving the box's foot for its name.
  const iy = inset.y + (side - (ibox.maxY - ibox.minY) * iscale) / 2 - 5;
  shapes.push(shapeOf(island, k, ibox, iscale, ix, iy));
  return { width, height, shapes, inset };
}
