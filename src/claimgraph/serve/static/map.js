// Map page: one circle marker per grounded place. Tiles only when a tile URL is set; labels and popups are
// built as DOM text (never HTML strings), so a place name cannot inject markup.
(function () {
  "use strict";
  var el = document.getElementById("map");
  var data = document.getElementById("places-data");
  if (!el || !data || typeof L === "undefined") return;
  var places = JSON.parse(data.textContent);
  var map = L.map(el, { worldCopyJump: true, attributionControl: !!el.dataset.tileUrl });
  if (el.dataset.tileUrl) {
    L.tileLayer(el.dataset.tileUrl, { maxZoom: 18, attribution: el.dataset.attribution || "" }).addTo(map);
  }
  var bounds = [];
  places.forEach(function (p) {
    var r = 5 + Math.min(12, Math.sqrt(p.claims || p.articles || 1) * 2);
    var m = L.circleMarker([p.lat, p.lon], { radius: r, color: "#19324d", weight: 1, fillColor: "#d4533c", fillOpacity: 0.75 });
    var box = document.createElement("div");
    var a = document.createElement("a");
    a.href = "/claims?place=" + encodeURIComponent(p.place);
    a.textContent = p.name;
    var info = document.createElement("div");
    info.textContent = [p.admin1, p.country].filter(Boolean).join(", ") + " · " + p.articles + " articles, " + p.claims + " claims";
    box.appendChild(a); box.appendChild(info);
    m.bindPopup(box);
    var label = document.createElement("span");
    label.textContent = p.name;
    m.bindTooltip(label, { permanent: true, direction: "right", className: "place-label", offset: [r, 0] });
    m.addTo(map);
    bounds.push([p.lat, p.lon]);
  });
  if (bounds.length) map.fitBounds(bounds, { padding: [30, 30], maxZoom: 9 }); else map.setView([49, 32], 5);
  el.dataset.markers = String(bounds.length);
})();
