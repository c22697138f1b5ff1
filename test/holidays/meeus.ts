/** An independent check of the equinox formula: the equinox instant by Meeus's algorithm (Astronomical Algorithms, 2nd ed., chapter 27), test-only. */

/** Periodic terms of Meeus's table 27.C: amplitude (1e-5 day), phase and rate (degrees). */
const TERMS: readonly (readonly [number, number, number])[] = [
  [485, 324.96, 1934.136],
  [203, 337.23, 32964.467],
  [199, 342.08, 20.186],
  [182, 27.85, 445267.112],
  [156, 73.14, 45036.886],
  [136, 171.52, 22518.443],
  [77, 222.54, 65928.934],
  [74, 296.72, 3034.906],
  [70, 243.58, 9037.513],
  [58, 119.81, 33718.147],
  [52, 297.17, 150.678],
  [50, 21.02, 2281.226],
  [45, 247.54, 29929.562],
  [44, 325.15, 31555.956],
  [29, 60.93, 4443.417],
  [18, 155.12, 67555.328],
  [17, 288.79, 4562.452],
  [16, 198.04, 62894.029],
  [14, 199.76, 31436.921],
  [12, 95.39, 14577.848],
  [12, 287.11, 31931.756],
  [12, 320.81, 34777.259],
  [9, 227.73, 1222.114],
  [8, 15.45, 16859.074],
];

const rad = (deg: number) => (deg * Math.PI) / 180;

/** ΔT = TT − UT in seconds (Espenak and Meeus's polynomials; an extrapolation after today). */
export function deltaT(year: number): number {
  if (year < 1986) {
    const t = year - 1975;
    return 45.45 + 1.067 * t - t ** 2 / 260 - t ** 3 / 718;
  }
  if (year < 2005) {
    const t = year - 2000;
    return (
      63.86 +
      0.3345 * t -
      0.060374 * t ** 2 +
      0.0017275 * t ** 3 +
      0.000651814 * t ** 4 +
      0.00002373599 * t ** 5
    );
  }
  if (year < 2050) {
    const t = year - 2000;
    return 62.92 + 0.32217 * t + 0.005589 * t ** 2;
  }
  const u = (year - 1820) / 100;
  return -20 + 32 * u ** 2 - (year < 2150 ? 0.5628 * (2150 - year) : 0);
}

/** Epoch milliseconds (UT) of the March (`vernal`) or September (`autumnal`) equinox of a year from 1000 to 3000. */
export function equinoxInstant(year: number, which: "vernal" | "autumnal"): number {
  const y = (year - 2000) / 1000;
  const jde0 =
    which === "vernal"
      ? 2451623.80984 + 365242.37404 * y + 0.05169 * y ** 2 - 0.00411 * y ** 3 - 0.00057 * y ** 4
      : 2451810.21715 + 365242.01767 * y - 0.11575 * y ** 2 + 0.00337 * y ** 3 + 0.00078 * y ** 4;
  const t = (jde0 - 2451545) / 36525;
  const w = rad(35999.373 * t - 2.47);
  const dl = 1 + 0.0334 * Math.cos(w) + 0.0007 * Math.cos(2 * w);
  let s = 0;
  for (const [a, b, c] of TERMS) s += a * Math.cos(rad(b + c * t));
  const jde = jde0 + (0.00001 * s) / dl;
  const jdUt = jde - deltaT(year) / 86_400;
  return Math.round((jdUt - 2440587.5) * 86_400_000);
}
