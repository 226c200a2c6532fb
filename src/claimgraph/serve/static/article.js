// Article page: pointing at a claim lights up its text and its card (the page works without this).
(function () {
  "use strict";
  var text = document.getElementById("article-text");
  if (!text) return;
  function light(id, on) {
    text.querySelectorAll("span[data-refs]").forEach(function (s) {
      if (s.dataset.refs.split(" ").indexOf(id) >= 0) s.classList.toggle("lit", on);
    });
    var card = document.getElementById("claim-" + id);
    if (card) card.classList.toggle("lit", on);
  }
  document.querySelectorAll(".claim-card").forEach(function (card) {
    var id = card.dataset.claim;
    card.addEventListener("mouseenter", function () { light(id, true); });
    card.addEventListener("mouseleave", function () { light(id, false); });
  });
  text.addEventListener("click", function (ev) {
    var s = ev.target.closest("span.claim");
    if (!s) return;
    var id = s.dataset.refs.split(" ")[0];
    var card = document.getElementById("claim-" + id);
    if (card) { card.scrollIntoView({ block: "nearest" }); document.querySelectorAll(".claim-card.lit").forEach(function (c) { c.classList.remove("lit"); }); card.classList.add("lit"); }
  });
})();
