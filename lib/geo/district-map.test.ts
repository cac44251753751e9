import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { buildDistrictMap, type DistrictCollection } from './district-map';

const collection = JSON.parse(fs.readFileSync(path.join(__dirname, 'quang-ngai-districts.geojson'), 'utf8')) as DistrictCollection;

describe('buildDistrictMap', () => {
  const map = buildDistrictMap(collection, { width: 360 });

  it('draws all 13 districts, Lý Sơn in its inset', () => {
    expect(map.shapes.map((s) => s.code).sort()).toEqual(['522', '524', '525', '527', '528', '529', '530', '531', '532', '533', '534', '535', '536']);
    expect(map.inset).toMatchObject({ code: '536', width: 72, height: 72 });
    const island = map.shapes.find((s) => s.code === '536')!;
    expect(island.cx).toBeGreaterThan(map.inset!.x);
    expect(island.cx).toBeLessThan(map.inset!.x + map.inset!.width);
  });

  it('puts the inset on the sea: no mainland point inside its box', () => {
    const { x, y, width, height } = map.inset!;
    for (const shape of map.shapes.filter((s) => s.code !== '536')) {
      for (const [px, py] of shape.path.match(/-?\d+(\.\d+)?,-?\d+(\.\d+)?/g)!.map((p) => p.split(',').map(Number))) {
        expect(px >= x && px <= x + width && py >= y && py <= y + height).toBe(false);
      }
    }
  });

  it('keeps every point inside the drawing and north up', () => {
    for (const shape of map.shapes) {
      for (const [x, y] of shape.path.match(/-?\d+(\.\d+)?,-?\d+(\.\d+)?/g)!.map((p) => p.split(',').map(Number))) {
        expect(x).toBeGreaterThanOrEqual(0);
        expect(x).toBeLessThanOrEqual(map.width);
        expect(y).toBeGreaterThanOrEqual(0);
        expect(y).toBeLessThanOrEqual(map.height);
      }
    }
    const north = map.shapes.find((s) => s.code === '524')!; // Bình Sơn
    const south = map.shapes.find((s) => s.code === '534')!; // Đức Phổ
    expect(north.cy).toBeLessThan(south.cy);
    const west = map.shapes.find((s) => s.code === '530')!; // Sơn Tây
    expect(west.cx).toBeLessThan(south.cx);
  });

  it('shrinks longitudes by cos(latitude), so the province keeps its shape', () => {
    // Mainland: about 0.85° of longitude × 0.89° of latitude; at 15° N that is 0.82 : 0.89.
    const ratio = (map.height - 8) / (map.width - 8 - map.inset!.width / 2);
    expect(ratio).toBeGreaterThan(1.05);
    expect(ratio).toBeLessThan(1.12);
  });

  it('projects a hand-made square exactly', () => {
    const square: DistrictCollection = {
      features: [{ properties: { code: '1', name: 'A' }, geometry: { type: 'Polygon', coordinates: [[[0, 0], [1, 0], [1, 1], [0, 1], [0, 0]]] } }],
    };
    const small = buildDistrictMap(square, { width: 108, padding: 4, insetCode: 'none' });
    expect(small.shapes[0].path).toBe('M4,104L104,104L104,4L4,4L4,104Z');
    expect(small.height).toBe(109); // 100 / cos(0.5°) + 8, rounded up so nothing is clipped
    expect(small.inset).toBeNull();
  });
});
