import { describe, expect, it } from '@jest/globals';
import { containsPoint, isBoundary, type Boundary } from './point-in-polygon.js';

// GeoJSON positions are [lng, lat]; containsPoint takes (lat, lng).
const square = (west: number, south: number, east: number, north: number): number[][] => [
  [west, south],
  [east, south],
  [east, north],
  [west, north],
  [west, south],
];

/** Roughly the centre of Utrecht, with a hole cut out around the Dom. */
const CENTRE: Boundary = {
  type: 'Polygon',
  coordinates: [square(5.1, 52.08, 5.14, 52.1), square(5.119, 52.089, 5.123, 52.092)],
};

const TWO_VILLAGES: Boundary = {
  type: 'MultiPolygon',
  coordinates: [[square(4.0, 52.0, 4.1, 52.1)], [square(6.0, 53.0, 6.1, 53.1)]],
};

describe('containsPoint', () => {
  it('finds a point inside the outer ring', () => {
    expect(containsPoint(CENTRE, 52.085, 5.11)).toBe(true);
  });

  it('leaves out points outside the outer ring', () => {
    expect(containsPoint(CENTRE, 52.2, 5.11)).toBe(false);
    expect(containsPoint(CENTRE, 52.085, 5.2)).toBe(false);
  });

  it('leaves out points inside a hole', () => {
    expect(containsPoint(CENTRE, 52.0905, 5.121)).toBe(false);
  });

  it('does not swap latitude and longitude', () => {
    // (lat 5.11, lng 52.085) is in the Indian Ocean, not in Utrecht.
    expect(containsPoint(CENTRE, 5.11, 52.085)).toBe(false);
  });

  it('finds a point in any polygon of a MultiPolygon', () => {
    expect(containsPoint(TWO_VILLAGES, 52.05, 4.05)).toBe(true);
    expect(containsPoint(TWO_VILLAGES, 53.05, 6.05)).toBe(true);
    expect(containsPoint(TWO_VILLAGES, 52.5, 5.0)).toBe(false);
  });

  it('handles a concave polygon', () => {
    // An L shape: the missing upper-right quarter is outside.
    const l: Boundary = {
      type: 'Polygon',
      coordinates: [
        [
          [0, 0],
          [2, 0],
          [2, 1],
          [1, 1],
          [1, 2],
          [0, 2],
          [0, 0],
        ],
      ],
    };
    expect(containsPoint(l, 0.5, 1.5)).toBe(true);
    expect(containsPoint(l, 1.5, 0.5)).toBe(true);
    expect(containsPoint(l, 1.5, 1.5)).toBe(false);
  });

  it('contains nothing when there are no rings', () => {
    expect(containsPoint({ type: 'Polygon', coordinates: [] }, 0, 0)).toBe(false);
    expect(containsPoint({ type: 'MultiPolygon', coordinates: [] }, 0, 0)).toBe(false);
  });
});

describe('isBoundary', () => {
  it('accepts a Polygon and a MultiPolygon', () => {
    expect(isBoundary(CENTRE)).toBe(true);
    expect(isBoundary(TWO_VILLAGES)).toBe(true);
  });

  it.each([null, undefined, 'Polygon', 42, [], { type: 'Point', coordinates: [5.1, 52.1] }, { type: 'Polygon' }, { coordinates: [] }])(
    'refuses %j',
    (value) => {
      expect(isBoundary(value)).toBe(false);
    },
  );
});
