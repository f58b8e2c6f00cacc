// Copies the dashboard's third-party assets from node_modules into the Python
// package, where awol serve finds them (src/awol/serve/static/vendor/, not
// committed). Run by `make assets` (npm ci && npm run build).
const fs = require("fs");
const path = require("path");

const out = path.join(__dirname, "..", "src", "awol", "serve", "static", "vendor");
const files = [
  ["topojson-client/dist/topojson-client.min.js", "topojson-client.min.js"],
  ["topojson-client/LICENSE", "topojson-client.LICENSE.txt"],
  ["world-atlas/countries-110m.json", "countries-110m.json"],
  ["world-atlas/LICENSE", "world-atlas.LICENSE.txt"],
];

fs.mkdirSync(out, { recursive: true });
for (const [from, to] of files) {
  fs.copyFileSync(require.resolve(from, { paths: [__dirname] }), path.join(out, to));
  console.log(`vendor/${to}`);
}
