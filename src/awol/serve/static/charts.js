// Overview chart: departures per month with a low/high band, drawn as SVG from
// /api/series with the page's filters. No inline code (the CSP forbids it).
(function () {
  "use strict";
  var SVG = "http://www.w3.org/2000/svg";

  function el(name, attrs, parent) {
    var node = document.createElementNS(SVG, name);
    Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    if (parent) parent.appendChild(node);
    return node;
  }

  function fmt(v) {
    if (v >= 1e6) return (v / 1e6).toFixed(1) + "M";
    if (v >= 1e3) return (v / 1e3).toFixed(v >= 1e4 ? 0 : 1) + "k";
    return String(Math.round(v));
  }

  function message(box, text) {
    var p = document.createElement("p");
    p.className = "empty";
    p.textContent = text;
    box.replaceChildren(p);
  }

  function draw(box, totals) {
    if (!totals.length) { message(box, box.dataset.empty); return; }
    var W = 900, H = 260, L = 56, R = 16, T = 14, B = 40;
    var open = totals.some(function (t) { return t.high === null; });
    // An open high end (no upper bound) is drawn dashed up to the top of the chart, above every known figure.
    var known = Math.max.apply(null, totals.map(function (t) { return t.high === null ? t.low : t.high; }).concat([1]));
    var top = open ? known * 1.25 : known;
    var n = totals.length;
    var step = (W - L - R) / n;
    var x = function (i) { return L + step * (i + 0.5); };
    var y = function (v) { return T + (H - T - B) * (1 - v / top); };
    var svg = el("svg", { viewBox: "0 0 " + W + " " + H, role: "img", "aria-label": "departures per month" });
    for (var g = 0; g <= 4; g++) {
      var v = top * g / 4;
      el("line", { x1: L, x2: W - R, y1: y(v), y2: y(v), "class": "grid" }, svg);
      el("text", { x: L - 6, y: y(v) + 4, "class": "axis", "text-anchor": "end" }, svg).textContent = fmt(v);
    }
    var upper = totals.map(function (t, i) { return x(i) + "," + y(t.high === null ? top : t.high); });
    var lower = totals.map(function (t, i) { return x(i) + "," + y(t.low); }).reverse();
    el("polygon", { points: upper.concat(lower).join(" "), "class": "band" + (open ? " open" : "") }, svg);
    el("polyline", { points: totals.map(function (t, i) { return x(i) + "," + y(t.low); }).join(" "), "class": "low" }, svg);
    el("polyline", { points: totals.map(function (t, i) { return x(i) + "," + y(t.high === null ? top : t.high); }).join(" "),
                     "class": "high" + (open ? " open" : "") }, svg);
    var every = Math.max(1, Math.ceil(n / 12));
    totals.forEach(function (t, i) {
      var dot = el("circle", { cx: x(i), cy: y(t.low), r: t.events ? 3 : 1.5, "class": "point" }, svg);
      el("title", {}, dot).textContent = t.month + ": " + fmt(t.low) + " to " +
        (t.high === null ? "no upper bound" : fmt(t.high)) + " (" + t.events + " event" + (t.events === 1 ? "" : "s") + ")";
      if (i % every === 0) {
        el("text", { x: x(i), y: H - B + 18, "class": "axis", "text-anchor": "middle" }, svg).textContent = t.month;
      }
    });
    box.replaceChildren(svg);
    box.dataset.months = String(n);
  }

  var box = document.getElementById("series-chart");
  if (!box) return;
  fetch("/api/series?" + (box.dataset.query || ""))
    .then(function (r) { if (!r.ok) throw new Error("HTTP " + r.status); return r.json(); })
    .then(function (data) { draw(box, data.totals); })
    .catch(function (err) { message(box, "Could not load the chart (" + err.message + ")."); });
})();
