import type { GeoPoint } from './types.ts';

/** Mean earth radius (IUGG), km. */
export const EARTH_RADIUS_KM = 6371.0088;
const RAD = Math.PI / 180;

/**
 * The haversine term of two points (angles in radians, `cosLatA` = cos of A's latitude):
 * 0 for the same point, 1 for antipodes. Distance = 2 R asin(√h); comparing h against
 * `havOf(km)` avoids the asin in the ranking loop.
 */
export function haversineTerm(latA: number, lonA: number, cosLatA: number, latB: number, lonB: number, cosLatB: number): number {
  const sLat = Math.sin((latB - latA) / 2);
  const sLon = Math.sin((lonB - lonA) / 2);
  return sLat * sLat + cosLatA * cosLatB * sLon * sLon;
}

/** The haversine term of a distance in km. */
export function havOf(km: number): number {
  const s = Math.sin(Math.min(km, Math.PI * EARTH_RADIUS_KM) / (2 * EARTH_RADIUS_KM));
  return s * s;
}

/** Distance in km from a haversine term. */
export function kmOf(h: number): number {
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.sqrt(Math.min(1, Math.max(0, h))));
}

/**
 * Great-circle ("as the crow flies") distance between two points in km. Roads are longer,
 * typically by a fifth to two fifths: that is why a distance near the client's limit is flagged.
 */
export function distanceKm(a: GeoPoint, b: GeoPoint): number {
  const la = a.lat * RAD;
  const lb = b.lat * RAD;
  return kmOf(haversineTerm(la, a.lon * RAD, Math.cos(la), lb, b.lon * RAD, Math.cos(lb)));
}

export function toRadians(deg: number): number {
  return deg * RAD;
}
