// Map of origins and destinations: country boundaries from the Natural Earth
// TopoJSON shipped with the build (world-atlas), decoded by topojson-client,
// drawn as SVG in an equirectangular projection; flows from /api/flows.
(function () {
  "use strict";
  var SVG = "http://www.w3.org/2000/svg";
  var W = 960, H = 480;

  function el(name, attrs, parent) {
    var node = document.createElementNS(SVG, name);
    Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    if (parent) parent.appendChild(node);
    return node;
  }
  function px(lon) { return (lon + 180) / 360 * W; }
  function py(lat) { return (90 - lat) / 180 * H; }

  // A ring as a path; a jump across the antimeridian starts a new piece, so no
  // line is drawn across the whole map.
  function ringPath(ring) {
    var d = "";
    for (var i = 0; i < ring.length; i++) {
      var p = ring[i];
      var jump = i > 0 && Math.abs(p[0] - ring[i - 1][0]) > 180;
      d += (i === 0 || jump ? "M" : "L") + px(p[0]).toFixed(1) + "," + py(p[1]).toFixed(1);
    }
    return d + "Z";
  }
  function geometryPath(g) {
    if (!g) return "";
    var polys = g.type === "Polygon" ? [g.coordinates] : g.type === "MultiPolygon" ? g.coordinates : [];
    return polys.map(function (poly) { return poly.map(ringPath).join(""); }).join("");
  }

  function getJSON(url) {
    return fetch(url).then(function (r) {
      if (!r.ok) throw new Error(url.split("?")[0] + ": HTTP " + r.status);
      return r.json();
    });
  }

  function located(p) { return p && p.lat !== null && p.lon !== null && p.lat !== undefined && p.lon !== undefined; }

  function fit(points) {
    if (!points.length) return [0, py(84), W, py(-58) - py(84)];
    var xs = points.map(function (p) { return px(p.lon); });
    var ys = points.map(function (p) { return py(p.lat); });
    var x0 = Math.min.apply(null, xs), x1 = Math.max.apply(null, xs);
    var y0 = Math.min.apply(null, ys), y1 = Math.max.apply(null, ys);
    var w = Math.max(x1 - x0, 60) * 1.5, h = Math.max(y1 - y0, 30) * 1.5;
    if (w / h > 2) h = w / 2; else w = h * 2;
    var cx = (x0 + x1) / 2, cy = (y0 + y1) / 2;
    return [cx - w / 2, cy - h / 2, w, h];
  }

  function draw(box, topo, flows, places) {
    var involved = (box.dataset.countries || "").split(" ").filter(Boolean);
    var pts = places.filter(located);
    var view = fit(pts);
    var k = view[2] / W;  // sizes follow the zoom
    var svg = el("svg", { viewBox: view.map(function (v) { return v.toFixed(1); }).join(" "),
                          role: "img", "aria-label": "map of origins, destinations and flows" });
    var defs = el("defs", {}, svg);
    var marker = el("marker", { id: "arrow", viewBox: "0 0 10 10", refX: 9, refY: 5, markerUnits: "userSpaceOnUse",
                                markerWidth: 10 * k, markerHeight: 10 * k, orient: "auto-start-reverse" }, defs);
    el("path", { d: "M0,0L10,5L0,10z", "class": "arrowhead" }, marker);
    el("rect", { x: view[0], y: view[1], width: view[2], height: view[3], "class": "sea" }, svg);
    var land = el("g", { "class": "countries" }, svg);
    topojson.feature(topo, topo.objects.countries).features.forEach(function (f) {
      var path = el("path", { d: geometryPath(f.geometry), "class": "country" +
        (involved.indexOf(String(Number(f.id))) >= 0 ? " involved" : "") }, land);
      el("title", {}, path).textContent = (f.properties && f.properties.name) || "";
    });
    var most = Math.max.apply(null, flows.map(function (f) { return f.n_claims; }).concat([1]));
    var lines = el("g", { "class": "flows" }, svg);
    flows.forEach(function (f) {
      if (!located(f.origin) || !located(f.destination)) return;
      var x0 = px(f.origin.lon), y0 = py(f.origin.lat), x1 = px(f.destination.lon), y1 = py(f.destination.lat);
      var mx = (x0 + x1) / 2 - (y1 - y0) * 0.2, my = (y0 + y1) / 2 + (x1 - x0) * 0.2;
      var path = el("path", { d: "M" + x0 + "," + y0 + "Q" + mx + "," + my + " " + x1 + "," + y1,
                              "class": "flow", "marker-end": "url(#arrow)",
                              "stroke-width": ((1.5 + 4 * f.n_claims / most) * k).toFixed(2) }, lines);
      el("title", {}, path).textContent = f.origin.name + " → " + f.destination.name + ": " + f.n_claims +
        " claim" + (f.n_claims === 1 ? "" : "s") + ", " + f.kinds.join(", ");
    });
    var dots = el("g", { "class": "places" }, svg);
    pts.forEach(function (p) {
      var role = p.n_origin >= p.n_destination ? "origin" : "destination";
      var c = el("circle", { cx: px(p.lon), cy: py(p.lat), r: (3 + Math.sqrt(p.n_origin + p.n_destination)) * k,
                             "class": "place " + role }, dots);
      el("title", {}, c).textContent = p.name + (p.country ? " (" + p.country + ")" : "") + ": origin of " +
        p.n_origin + ", destination of " + p.n_destination;
      // Origins labelled on the left, destinations on the right, so the two ends of a short flow stay legible.
      var left = role === "origin";
      var label = el("text", { x: px(p.lon) + (left ? -6 : 6) * k, y: py(p.lat) - 4 * k, "class": "label",
                               "text-anchor": left ? "end" : "start", "font-size": (11 * k).toFixed(2) }, dots);
      label.textContent = p.name;
    });
    box.replaceChildren(svg);
    box.dataset.flows = String(lines.childNodes.length);
    box.dataset.places = String(pts.length);
  }

  var box = document.getElementById("map");
  if (!box) return;
  var status = document.getElementById("map-status");
  if (typeof topojson === "undefined") {
    status.textContent = "Country boundaries are not built: run `make assets` (npm) and reload.";
    return;
  }
  var q = box.dataset.query || "";
  Promise.all([getJSON(box.dataset.atlas), getJSON("/api/flows?" + q), getJSON("/api/places?" + q)])
    .then(function (r) { draw(box, r[0], r[1].items, r[2].items); })
    .catch(function (err) { status.textContent = "Could not draw the map (" + err.message + ")."; });
})();
