import 'server-only';
import fs from 'node:fs';
import path from 'node:path';
import { buildDistrictMap, type DistrictCollection, type DistrictMap } from './district-map';

let cached: DistrictMap | undefined;

/** The province map, projected once per server process from the bundled outlines. */
export function quangNgaiMap(): DistrictMap {
  if (!cached) {
    const file = path.join(/*turbopackIgnore: true*/ process.cwd(), 'lib', 'geo', 'quang-ngai-districts.geojson');
    cached = buildDistrictMap(JSON.parse(fs.readFileSync(file, 'utf8')) as DistrictCollection, { width: 360 });
  }
  return cached;
}
