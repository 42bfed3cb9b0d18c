import { describe, expect, test } from "vitest";
import { distanceKm } from "./distance";

const boston = { latitude: 42.3601, longitude: -71.0589 };
const newYork = { latitude: 40.7128, longitude: -74.006 };
const cambridge = { latitude: 42.3736, longitude: -71.1097 };
const london = { latitude: 51.5074, longitude: -0.1278 };
const paris = { latitude: 48.8566, longitude: 2.3522 };
const sanFrancisco = { latitude: 37.7749, longitude: -122.4194 };

describe("distanceKm", () => {
  test.each([
    ["Boston", boston, "New York", newYork, 306],
    ["London", london, "Paris", paris, 344],
    ["San Francisco", sanFrancisco, "New York", newYork, 4129],
    ["Cambridge MA", cambridge, "Boston", boston, 4.4],
  ])("%s to %s is about %d km", (_a, from, _b, to, expected) => {
    expect(distanceKm(from, to)).toBeCloseTo(expected, expected < 10 ? 1 : -1);
  });

  test("is zero from a place to itself and the same in both directions", () => {
    expect(distanceKm(boston, boston)).toBe(0);
    expect(distanceKm(boston, london)).toBeCloseTo(distanceKm(london, boston), 9);
  });

  test("crosses the antimeridian the short way", () => {
    expect(distanceKm({ latitude: 0, longitude: 179.5 }, { latitude: 0, longitude: -179.5 })).toBeCloseTo(
      111.2,
      0,
    );
  });

  test("is half the Earth's circumference between antipodes", () => {
    expect(distanceKm({ latitude: 0, longitude: 0 }, { latitude: 0, longitude: 180 })).toBeCloseTo(20015, -1);
  });
});
