/** topojson-client's browser build (served at /explore/vendor/topojson-client.js) sets this global. */
declare const topojson: {
  feature(topology: unknown, object: unknown): { features: { geometry: import('./geo.js').AreaGeometry | null }[] };
};
