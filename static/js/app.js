// Small progressive enhancements; every page works without them.
(function () {
  "use strict";

  // Ask before a form's delete or irreversible button is used: <button data-bevestig="Zeker weten?">
  document.addEventListener("click", function (event) {
    var knop = event.target.closest("[data-bevestig]");
    if (knop && !window.confirm(knop.getAttribute("data-bevestig"))) {
      event.preventDefault();
    }
  });

  // Show a block only while a select is empty: <div data-toon-als-leeg="id_of_select">
  document.querySelectorAll("[data-toon-als-leeg]").forEach(function (blok) {
    var keuze = document.getElementById(blok.getAttribute("data-toon-als-leeg"));
    if (!keuze) { return; }
    var bijwerken = function () { blok.hidden = keuze.value !== ""; };
    keuze.addEventListener("change", bijwerken);
    bijwerken();
  });

  // Buttons that show only an icon name themselves in aria-label; sighted users get it as a tooltip.
  document.querySelectorAll(".btn[aria-label]:not([title])").forEach(function (knop) {
    if (!knop.textContent.trim()) { knop.title = knop.getAttribute("aria-label"); }
  });

  // On a phone the plan menu scrolls sideways: bring the current section into view.
  var menu = document.querySelector(".up-plannav");
  var huidig = menu && menu.querySelector(".nav-link.active");
  if (huidig && menu.scrollWidth > menu.clientWidth) {
    var links = huidig.getBoundingClientRect().left - menu.getBoundingClientRect().left;
    menu.scrollLeft += links - (menu.clientWidth - huidig.offsetWidth) / 2;
  }

  // Warn before leaving a page with unsaved changes in a form marked data-waarschuw-bij-verlaten.
  var gewijzigd = false;
  document.querySelectorAll("form[data-waarschuw-bij-verlaten]").forEach(function (form) {
    form.addEventListener("input", function () { gewijzigd = true; });
    form.addEventListener("change", function () { gewijzigd = true; });
    form.addEventListener("submit", function () { gewijzigd = false; });
  });
  window.addEventListener("beforeunload", function (event) {
    if (gewijzigd) {
      event.preventDefault();
      event.returnValue = "";
    }
  });
})();
