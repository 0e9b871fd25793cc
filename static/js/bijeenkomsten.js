// The meeting form: the questions for an inhoudelijke bijeenkomst show only for that kind of meeting.
(function () {
  "use strict";
  var blok = document.querySelector("[data-toon-bij-soort]");
  var soorten = document.querySelectorAll("input[name=soort]");
  if (!blok || !soorten.length) { return; }
  function bijwerken() {
    var gekozen = document.querySelector("input[name=soort]:checked");
    blok.hidden = !gekozen || gekozen.value !== blok.getAttribute("data-toon-bij-soort");
  }
  soorten.forEach(function (soort) { soort.addEventListener("change", bijwerken); });
  bijwerken();
})();
