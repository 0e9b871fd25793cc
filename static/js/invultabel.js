// The actie form: choosing an interventie fills rows 1 and 5 where they are empty, and the
// period is asked either in quarters or in dates.
(function () {
  "use strict";

  var gegevens = document.getElementById("interventies-data");
  var keuze = document.getElementById("id_interventie");
  if (gegevens && keuze) {
    var interventies = JSON.parse(gegevens.textContent);
    keuze.addEventListener("change", function () {
      var interventie = interventies[keuze.value];
      if (!interventie) { return; }
      Object.keys(interventie).forEach(function (veld) {
        var invoer = document.getElementById("id_" + veld);
        if (invoer && !invoer.value && interventie[veld]) {
          invoer.value = interventie[veld];
          invoer.dispatchEvent(new Event("change", { bubbles: true }));
        }
      });
    });
  }

  var soorten = document.querySelectorAll("input[name=periode_soort]");
  function periodeTonen() {
    var gekozen = document.querySelector("input[name=periode_soort]:checked");
    var inKwartalen = !gekozen || gekozen.value === "kwartalen";
    document.querySelectorAll(".up-periode-kwartalen").forEach(function (blok) { blok.hidden = !inKwartalen; });
    document.querySelectorAll(".up-periode-datums").forEach(function (blok) { blok.hidden = inKwartalen; });
  }
  soorten.forEach(function (soort) { soort.addEventListener("change", periodeTonen); });
  if (soorten.length) { periodeTonen(); }
})();
