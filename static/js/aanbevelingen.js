// Drag an aanbeveling to another place in the list; dropping saves the new order of all of them.
// The arrow buttons do the same one step at a time and work without this script and with the keyboard.
(function () {
  "use strict";
  var lijst = document.querySelector("[data-sleepbaar]");
  if (!lijst) { return; }
  var formulier = document.getElementById(lijst.getAttribute("data-sleepbaar"));
  var gesleept = null;

  lijst.addEventListener("dragstart", function (event) {
    gesleept = event.target.closest("li[data-aanbeveling]");
    if (!gesleept) { return; }
    gesleept.classList.add("up-gesleept");
    event.dataTransfer.effectAllowed = "move";
    event.dataTransfer.setData("text/plain", gesleept.getAttribute("data-aanbeveling"));
  });

  lijst.addEventListener("dragover", function (event) {
    var doel = event.target.closest("li[data-aanbeveling]");
    if (!gesleept || !doel || doel === gesleept) { return; }
    event.preventDefault();
    var vak = doel.getBoundingClientRect();
    var erna = event.clientY > vak.top + vak.height / 2;
    lijst.insertBefore(gesleept, erna ? doel.nextSibling : doel);
  });

  lijst.addEventListener("drop", function (event) {
    if (!gesleept) { return; }
    event.preventDefault();
    lijst.querySelectorAll("li[data-aanbeveling]").forEach(function (rij) {
      var veld = document.createElement("input");
      veld.type = "hidden";
      veld.name = "aanbeveling";
      veld.value = rij.getAttribute("data-aanbeveling");
      formulier.appendChild(veld);
    });
    formulier.submit();
  });

  lijst.addEventListener("dragend", function () {
    if (gesleept) { gesleept.classList.remove("up-gesleept"); }
    gesleept = null;
  });
})();
